using Ballast.Syntax;

namespace Ballast.Tests.Syntax;

/// <summary>One or more cases from each section of the syntax spec, positive and negative.
/// </summary>
public sealed class SpecSectionTests
{
    [Fact]
    public void Directives_are_read_only_at_the_top_of_the_file()
    {
        var tree = DockerfileParser.Parse("# syntax=docker/dockerfile:1\n# Escape = `\nFROM a\n"
            + "# check=skip=all\n");

        Assert.Equal("docker/dockerfile:1", tree.Directive("syntax"));
        Assert.Equal('`', tree.Escape);
        Assert.Null(tree.Directive("check"));
    }

    [Fact]
    public void A_repeated_directive_is_an_error_on_its_line()
    {
        var tree = DockerfileParser.Parse("# escape=`\n# escape=\\\nFROM a\n");

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("only one escape parser directive can be used", diagnostic.Message);
        Assert.Equal(2, tree.Source.GetPosition(diagnostic.Span.Start).Line);
    }

    [Fact]
    public void Continuation_skips_comment_lines_and_allows_trailing_blanks_after_the_escape()
    {
        var tree = DockerfileParser.Parse("FROM a\nRUN echo one \\  \n# note\n  two\n");

        Assert.Equal("echo one   two", tree.Instructions[1].Arguments[0].Text);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void A_doubled_escape_at_the_end_of_a_line_does_not_continue_it()
    {
        var tree = DockerfileParser.Parse("FROM a\nRUN echo \\\\\nCMD x\n");

        Assert.Equal(["FROM", "RUN", "CMD"], tree.Instructions.Select(i => i.Name));
    }

    [Fact]
    public void Env_words_keep_quoted_blanks_together()
    {
        var tree = DockerfileParser.Parse("FROM a\nENV A=\"x y\" B='z w' C=1\n");

        Assert.Equal(["A=\"x y\"", "B='z w'", "C=1"],
            tree.Instructions[1].Arguments.Select(word => word.Text));
    }

    [Theory]
    [InlineData("CMD [\"a\", \"b\"]", true)]
    [InlineData("CMD [ \"a\" ]  ", true)]
    [InlineData("CMD ['a']", false)]
    [InlineData("CMD [\"a\" \"b\"]", false)]
    [InlineData("CMD [\"a\"] trailing", false)]
    public void Json_form_falls_back_to_shell_form_when_it_is_not_a_string_array(
        string line, bool json)
    {
        var tree = DockerfileParser.Parse($"FROM a\n{line}\n");

        Assert.Equal(json, tree.Instructions[1].IsJsonForm);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void A_json_array_of_non_strings_is_an_error_not_a_fallback()
    {
        var tree = DockerfileParser.Parse("FROM a\nCMD [\"a\", 1]\n");

        Assert.Equal("when using JSON array syntax, arrays must be comprised of strings only",
            Assert.Single(tree.Diagnostics).Message);
    }

    [Fact]
    public void Several_heredocs_in_one_instruction_are_read_in_order_with_chomp_and_quotes()
    {
        var tree = DockerfileParser.Parse("FROM a\nCOPY <<-A <<'B' /x/\n\tone\n\tA\ntwo\nB\n");

        var heredocs = tree.Instructions[1].Heredocs;
        Assert.Equal(["A", "B"], heredocs.Select(h => h.Name));
        Assert.True(heredocs[0].Chomp);
        Assert.False(heredocs[1].Expand);
        Assert.Equal("two\n", heredocs[1].Body);
    }

    [Fact]
    public void An_unterminated_heredoc_is_an_error_and_keeps_every_byte()
    {
        var text = "FROM a\nRUN <<EOF\necho x\n";

        var tree = DockerfileParser.Parse(text);

        Assert.Equal("unterminated heredoc", Assert.Single(tree.Diagnostics).Message);
        Assert.Equal(text, tree.ToFullString());
    }

    [Theory]
    [InlineData("ONBUILD", "ONBUILD requires at least one argument")]
    [InlineData("ONBUILD ONBUILD RUN x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")]
    [InlineData("ONBUILD FROM x", "FROM isn't allowed as an ONBUILD trigger")]
    [InlineData("ONBUILD MAINTAINER x", "MAINTAINER isn't allowed as an ONBUILD trigger")]
    public void Onbuild_rules_are_errors(string line, string message)
    {
        var tree = DockerfileParser.Parse($"FROM a\n{line}\n");

        Assert.Equal(message, Assert.Single(tree.Diagnostics).Message);
    }

    [Fact]
    public void Onbuild_wraps_any_other_trigger_even_an_unknown_word()
    {
        var tree = DockerfileParser.Parse("FROM a\nONBUILD frobnicate x\n");

        Assert.Equal("FROBNICATE", tree.Instructions[1].Trigger?.Name);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Words_inside_continuation_lines_point_at_their_own_line()
    {
        var text = "FROM a\nCOPY --chown=app \\\n  src \\\n  /dst\n";

        var tree = DockerfileParser.Parse(text);

        var destination = tree.Instructions[1].Arguments[^1];
        var position = tree.Source.GetPosition(destination.Span.Start);
        Assert.Equal((4, 3), (position.Line, position.Column));
    }
}
