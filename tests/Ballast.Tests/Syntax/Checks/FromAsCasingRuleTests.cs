using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class FromAsCasingRuleTests
{
    private readonly FromAsCasingRule rule = new();

    [Theory]
    [InlineData("FROM alpine as build\n", "as")]
    [InlineData("from alpine AS build\n", "AS")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL503", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine AS build\n")]
    [InlineData("from alpine as build\n")]
    [InlineData("FROM alpine\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
