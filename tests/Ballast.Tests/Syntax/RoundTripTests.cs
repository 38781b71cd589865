using Ballast.Syntax;

namespace Ballast.Tests.Syntax;

public sealed class RoundTripTests
{
    public static TheoryData<string> CaseNames() => new(TestCases.Names());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Printing_every_case_gives_back_its_bytes(string name)
    {
        var text = TestCases.Dockerfile(name);

        var tree = DockerfileParser.Parse(text);

        Assert.Equal(text, tree.ToFullString());
        AssertTokensPartition(tree);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\uFEFFFROM a\r\nRUN b \\\r\n  c\r\n")]
    [InlineData("FROM a\nRUN x \\")]
    [InlineData("FROM a\nRUN x \\\n\n# c\n  y\n")]
    [InlineData("\\\nFROM a")]
    [InlineData("FROM a\nRUN <<EOF\nbody\n")]
    [InlineData("FROM a\nCOPY <<A <<B /x/\na\nA\nb\nB\n")]
    [InlineData("  FROM a  \n\tRUN\tb\t\n")]
    [InlineData("# escape=`\nFROM a\nRUN b `\n c\n")]
    [InlineData("FROM a\nONBUILD RUN <<E\nx\nE\n")]
    [InlineData("FROM a\nRUN [\"a\", 1]\nCMD [ \"x\" ]  \n")]
    [InlineData("FROM a\r\nRUN x\r")]
    public void Printing_odd_inputs_gives_back_their_bytes(string text)
    {
        var tree = DockerfileParser.Parse(text);

        Assert.Equal(text, tree.ToFullString());
        AssertTokensPartition(tree);
    }

    internal static void AssertTokensPartition(DockerfileSyntax tree)
    {
        var cursor = 0;
        foreach (var token in tree.Tokens)
        {
            Assert.Equal(cursor, token.Span.Start);
            Assert.Equal(token.Text,
                tree.Source.Text.Substring(token.Span.Start, token.Span.Length));
            cursor = token.Span.End;
        }

        Assert.Equal(tree.Source.Text.Length, cursor);
    }
}
