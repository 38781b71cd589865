using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class ReservedStageNameRuleTests
{
    private readonly ReservedStageNameRule rule = new();

    [Theory]
    [InlineData("FROM alpine AS scratch\n", "scratch")]
    [InlineData("FROM alpine AS context\n", "context")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL403", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM scratch\n")]
    [InlineData("FROM alpine AS scratchpad\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
