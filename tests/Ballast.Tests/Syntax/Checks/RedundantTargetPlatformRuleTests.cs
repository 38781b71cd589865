using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class RedundantTargetPlatformRuleTests
{
    private readonly RedundantTargetPlatformRule rule = new();

    [Theory]
    [InlineData("FROM --platform=$TARGETPLATFORM alpine\n", "--platform=$TARGETPLATFORM")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL407", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM --platform=$BUILDPLATFORM alpine\n")]
    [InlineData("FROM alpine\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
