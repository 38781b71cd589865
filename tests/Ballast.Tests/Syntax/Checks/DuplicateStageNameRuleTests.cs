using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class DuplicateStageNameRuleTests
{
    private readonly DuplicateStageNameRule rule = new();

    [Theory]
    [InlineData("FROM alpine AS build\nFROM debian AS Build\n", "Build")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL402", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine AS build\nFROM debian AS test\n")]
    [InlineData("FROM alpine\nFROM alpine\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
