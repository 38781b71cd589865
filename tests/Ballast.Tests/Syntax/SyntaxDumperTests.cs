using System.Text.Json;
using Ballast.Syntax;
using Ballast.Syntax.Dump;

namespace Ballast.Tests.Syntax;

public sealed class SyntaxDumperTests
{
    [Fact]
    public void Dump_lists_flags_split_arguments_heredoc_bodies_and_lines()
    {
        var text = "FROM alpine AS b\nRUN --mount=type=cache,target=/x <<EOF\necho hi\nEOF\n"
            + "COPY --from=b [\"a\", \"/b\"]\n";

        var dump = SyntaxDumper.Describe(DockerfileParser.Parse(text));

        Assert.Equal(["alpine", "AS", "b"], dump.Instructions[0].Arguments);
        var run = dump.Instructions[1];
        Assert.Equal(new FlagDump("mount", "type=cache,target=/x"), Assert.Single(run.Flags));
        Assert.Equal("echo hi\n", Assert.Single(run.Heredocs).Body);
        Assert.Equal((2, 4), (run.StartLine, run.EndLine));
        Assert.True(dump.Instructions[2].JsonForm);
        Assert.Equal(["a", "/b"], dump.Instructions[2].Arguments);
    }

    [Fact]
    public void Json_names_are_camel_case_and_errors_carry_their_line()
    {
        var text = "from alpine\nRUN --network=bridge make\nONBUILD run x\n";

        using var json = JsonDocument.Parse(SyntaxDumper.ToJson(DockerfileParser.Parse(text)));

        var root = json.RootElement;
        Assert.Equal("from", root.GetProperty("instructions")[0].GetProperty("name").GetString());
        var trigger = root.GetProperty("instructions")[2].GetProperty("trigger");
        Assert.Equal("run", trigger.GetProperty("name").GetString());
        var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.True(diagnostic.GetProperty("error").GetBoolean());
    }

    [Fact]
    public void A_file_without_instructions_still_dumps()
    {
        var dump = SyntaxDumper.Describe(DockerfileParser.Parse("# only a comment\n"));

        Assert.Empty(dump.Instructions);
        Assert.NotEmpty(dump.Diagnostics);
    }
}
