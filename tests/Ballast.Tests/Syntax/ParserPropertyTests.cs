using Ballast.Model;
using Ballast.Syntax;
using CsCheck;

namespace Ballast.Tests.Syntax;

public sealed class ParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "FROM alpine:3.20 AS build\n", "from --platform=$BUILDPLATFORM x\n", "RUN a \\\n",
        "RUN <<EOF\n", "EOF\n", "\tEOF\n", "RUN <<-'E' cat\n", "E\n", "COPY <<A <<B /x/\n",
        "A\n", "B\n", "# escape=`\n", "# syntax=docker/dockerfile:1\n", "# check=skip=all\n",
        "# comment\n", "\n", "   \n", "\\\n", "`\n", "ENV A=1 B=\"two words\"\n",
        "ENV legacy value\n", "LABEL \"k\"='v'\n", "ARG X=${Y:-z}\n", "CMD [\"a\", \"b\"]\n",
        "CMD [\"a\", 1]\n", "ENTRYPOINT [\n", "ONBUILD RUN x\n", "ONBUILD\n", "ONBUILD ONBUILD\n",
        "HEALTHCHECK --interval=5s CMD true\n", "HEALTHCHECK NONE\n", "WORKDIR C:\\app\n",
        "COPY --from=0 --chmod=755 a b\n", "RUN --mount=type=cache,target=/x y\n",
        "EXPOSE 80/tcp 53/UDP\n", "USER app\n", "\r\n", "\t", " ", "--", "\"", "'", "$", "{",
        "}", "[", "]", "=", "\uFEFF", "\u00e9", "x",
    ];

    private static readonly Gen<string> Soup =
        Gen.OneOf(Fragments).Array[0, 30].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Characters =
        Gen.String[Gen.Char["FROMRUN ab=-$\\`\"'[]{}<>#\r\n\t\uFEFFEOF"], 0, 120];

    private static readonly Gen<string> Mutated =
        Gen.Select(Soup, Gen.Int[0, 10_000].Array[0, 8], Gen.Char["\\`\r\n\t\"'[<#\uFEFF "])
            .Select(Mutate);

    private static readonly Gen<string> LongLines =
        Gen.Select(Gen.Int[1, 70_000], Gen.Bool, Gen.Bool)
            .Select((length, crlf, final) => "FROM a\nRUN " + new string('x', length)
                + (crlf ? "\r\n" : "\n") + (final ? "CMD y\n" : "CMD y"));

    [Fact]
    public void Parsing_fragment_soup_never_throws_and_prints_back_the_input()
    {
        Soup.Sample(CheckRoundTrip, iter: 3000);
    }

    [Fact]
    public void Parsing_random_characters_never_throws_and_prints_back_the_input()
    {
        Characters.Sample(CheckRoundTrip, iter: 3000);
    }

    [Fact]
    public void Parsing_mutated_files_never_throws_and_prints_back_the_input()
    {
        Mutated.Sample(CheckRoundTrip, iter: 3000);
    }

    [Fact]
    public void Parsing_long_lines_with_either_line_ending_prints_back_the_input()
    {
        LongLines.Sample(CheckRoundTrip, iter: 30);
    }

    private static void CheckRoundTrip(string text)
    {
        var tree = DockerfileParser.Parse(text);

        Assert.Equal(text, tree.ToFullString());
        RoundTripTests.AssertTokensPartition(tree);
        Assert.All(tree.Diagnostics, diagnostic => Assert.InRange(diagnostic.Span.End, 0,
            text.Length));
        DockerfileModel.Build(tree);
    }

    private static string Mutate(string seed, int[] positions, char inserted)
    {
        var text = seed;
        foreach (var position in positions)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            text = position % 3 == 0 && at < text.Length
                ? text.Remove(at, 1)
                : text.Insert(at, inserted.ToString());
        }

        return text;
    }
}
