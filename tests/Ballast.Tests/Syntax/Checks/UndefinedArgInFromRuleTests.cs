using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class UndefinedArgInFromRuleTests
{
    private readonly UndefinedArgInFromRule rule = new();

    [Theory]
    [InlineData("FROM alpine:$VERSION\n", "alpine:$VERSION")]
    [InlineData("FROM alpine\nARG VERSION=3\nFROM alpine:${VERSION}\n", "alpine:${VERSION}")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL406", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("ARG VERSION=3.20\nFROM alpine:$VERSION\n")]
    [InlineData("FROM --platform=$BUILDPLATFORM alpine\n")]
    [InlineData("ARG VERSION\nFROM alpine:${VERSION:-3}\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
