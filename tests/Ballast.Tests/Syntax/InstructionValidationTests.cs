using Ballast.Syntax;

namespace Ballast.Tests.Syntax;

public sealed class InstructionValidationTests
{
    [Theory]
    [InlineData("RUN --mount=type=cache,target=/root/.cache,sharing=locked pip install x")]
    [InlineData("RUN --mount=target=/root/.cache,type=cache,id=pip pip install x")]
    [InlineData("RUN --mount=type=secret,id=npmrc,required npm ci")]
    [InlineData("RUN --mount=type=bind,from=build,source=/out,target=/in,ro true")]
    [InlineData("RUN --network=none --security=sandbox make")]
    [InlineData("COPY --link --chmod=0755 --chown=app:app a /b")]
    [InlineData("COPY --chmod=u+x,g-w --link=false a /b")]
    [InlineData("COPY --exclude=*.md --exclude=*.txt --parents a /b/")]
    [InlineData("ADD --checksum=sha256:" + Sha + " https://x/y /y")]
    [InlineData("HEALTHCHECK --interval=30s --timeout=1m30s --start-period=0 --retries=3 CMD x")]
    [InlineData("HEALTHCHECK NONE")]
    [InlineData("ARG --anything=goes NAME")]
    [InlineData("WORKDIR /my app")]
    [InlineData("COPY [\"a\", \"/b\"]")]
    public void Valid_flags_and_arguments_give_no_diagnostic(string line)
    {
        var tree = DockerfileParser.Parse($"FROM alpine\n{line}\n");

        Assert.Empty(tree.Diagnostics);
    }

    [Theory]
    [InlineData("COPY --chown app a /b", "missing a value on flag: --chown")]
    [InlineData("COPY --link= a /b", "missing a value on flag: --link")]
    [InlineData("COPY --link=yes a /b", "expecting boolean value for flag --link, not: yes")]
    [InlineData("COPY --Link a /b", "unknown flag: --Link (did you mean link?)")]
    [InlineData("COPY --from=a --from=b x /y", "duplicate flag specified: --from")]
    [InlineData("COPY --chmod=999 a /b", "invalid chmod parameter: 999")]
    [InlineData("ADD --checksum=md5:abc https://x/y /y", "invalid checksum digest format: md5:abc")]
    [InlineData("RUN --network=bridge make", "invalid network mode \"bridge\"")]
    [InlineData("RUN --security=open make", "security \"open\" is not valid")]
    [InlineData("RUN --mount=type=volume,target=/x make", "unsupported mount type \"volume\"")]
    [InlineData("RUN --mount=type=cache,target=/x,sharing=all make",
        "unsupported sharing value \"all\"")]
    [InlineData("RUN --mount=type=tmpfs,target=/x,id=a make", "unexpected key 'id' in 'id=a'")]
    [InlineData("RUN --mount=type=cache,from=$STAGE,target=/x make",
        "'from' doesn't support variable expansion, define alias stage instead")]
    [InlineData("RUN --mount=type=bind,ro=maybe,target=/x make", "invalid value for ro: maybe")]
    [InlineData("HEALTHCHECK --interval=10 CMD x", "time: invalid duration \"10\"")]
    [InlineData("HEALTHCHECK --timeout=500us CMD x",
        "Interval \"--timeout\" cannot be less than 1ms")]
    [InlineData("HEALTHCHECK --retries=-1 CMD x", "--retries cannot be negative")]
    [InlineData("HEALTHCHECK NONE x", "HEALTHCHECK NONE takes no arguments")]
    [InlineData("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD")]
    [InlineData("HEALTHCHECK RUN x", "Unknown type \"RUN\" in HEALTHCHECK (try CMD)")]
    [InlineData("ENV --x=1 A=b", "unknown flag: --x")]
    [InlineData("WORKDIR", "WORKDIR requires exactly one argument")]
    [InlineData("USER", "USER requires exactly one argument")]
    [InlineData("EXPOSE", "EXPOSE requires at least one argument")]
    [InlineData("VOLUME [\"\"]", "VOLUME specified can not be an empty string")]
    [InlineData("COPY onlyone",
        "COPY requires at least two arguments, but only one was provided. "
        + "Destination could not be determined")]
    public void Invalid_flags_and_arguments_are_errors_with_buildkit_messages(
        string line, string message)
    {
        var tree = DockerfileParser.Parse($"FROM alpine\n{line}\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(message, diagnostic.Message);
        Assert.True(diagnostic.IsError);
    }

    [Fact]
    public void A_bad_flag_is_located_on_the_flag_itself()
    {
        var text = "FROM alpine\nRUN --network=bridge \\\n  make\n";

        var tree = DockerfileParser.Parse(text);

        var diagnostic = Assert.Single(tree.Diagnostics);
        var flagged = text.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
        Assert.Equal("--network=bridge", flagged);
        Assert.Equal(2, tree.Source.GetPosition(diagnostic.Span.Start).Line);
    }

    [Fact]
    public void Onbuild_triggers_are_not_validated_until_a_child_build_runs_them()
    {
        var tree = DockerfileParser.Parse("FROM alpine\nONBUILD COPY --bogus a\n");

        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Flags_on_onbuild_itself_are_unknown()
    {
        var tree = DockerfileParser.Parse("FROM alpine\nONBUILD --x RUN a\n");

        Assert.Equal("unknown flag: --x", Assert.Single(tree.Diagnostics).Message);
    }

    private const string Sha =
        "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d";
}
