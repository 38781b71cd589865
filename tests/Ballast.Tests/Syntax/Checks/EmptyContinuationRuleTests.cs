using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class EmptyContinuationRuleTests
{
    private readonly EmptyContinuationRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nRUN a \\\n\n  b\n", "")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL504", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nRUN a \\\n  b\n")]
    [InlineData("FROM alpine\nRUN a \\\n# note\n  b\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
