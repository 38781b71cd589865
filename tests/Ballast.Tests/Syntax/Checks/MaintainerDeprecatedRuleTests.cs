using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class MaintainerDeprecatedRuleTests
{
    private readonly MaintainerDeprecatedRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nMAINTAINER me@example.com\n", "MAINTAINER")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL505", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nLABEL org.opencontainers.image.authors=me\n")]
    [InlineData("FROM alpine\n# MAINTAINER me\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
