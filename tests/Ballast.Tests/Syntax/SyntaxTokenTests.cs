using Ballast.Syntax;

namespace Ballast.Tests.Syntax;

public sealed class SyntaxTokenTests
{
    [Fact]
    public void Token_text_is_the_piece_of_the_file_under_its_span()
    {
        var tree = DockerfileParser.Parse("FROM alpine\nRUN echo hi\n");

        var argument = tree.Tokens.Last(token => token.Kind == TokenKind.Argument);

        Assert.Equal("echo hi", argument.Text);
        Assert.Equal("echo hi", argument.AsSpan().ToString());
    }

    [Fact]
    public void Tokens_of_two_parses_of_one_text_are_equal()
    {
        const string text = "FROM alpine\nRUN echo hi\n";

        var first = DockerfileParser.Parse(text).Tokens;
        var second = DockerfileParser.Parse(string.Concat("FROM alpine\n", "RUN echo hi\n"))
            .Tokens;

        Assert.Equal(first, second);
        Assert.Equal(first[0].GetHashCode(), second[0].GetHashCode());
    }

    [Fact]
    public void Tokens_with_the_same_span_but_other_text_differ()
    {
        var first = DockerfileParser.Parse("FROM alpine\n").Tokens;
        var second = DockerfileParser.Parse("FROM debian\n").Tokens;

        Assert.Equal(first[0], second[0]);
        Assert.NotEqual(first[2], second[2]);
    }

    [Fact]
    public void Instruction_tokens_are_the_run_of_file_tokens_under_the_instruction()
    {
        var tree = DockerfileParser.Parse("FROM a\n  RUN x \\\n  y\nCMD z\n");
        var run = tree.Instructions[1];

        var index = tree.Tokens.ToList().IndexOf(run.Tokens[0]);

        Assert.Equal(run.Tokens, tree.Tokens.Skip(index).Take(run.Tokens.Count));
        Assert.Equal(TokenKind.Whitespace, tree.Tokens[index - 1].Kind);
        Assert.Equal("RUN x \\\n  y", string.Concat(run.Tokens.Select(token => token.Text)));
    }

    [Fact]
    public void Reading_past_the_last_token_is_refused()
    {
        var tokens = DockerfileParser.Parse("FROM a\n").Tokens;

        Assert.Throws<ArgumentOutOfRangeException>(() => tokens[tokens.Count]);
    }
}
