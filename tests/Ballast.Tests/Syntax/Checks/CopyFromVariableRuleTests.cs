using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class CopyFromVariableRuleTests
{
    private readonly CopyFromVariableRule rule = new();

    [Theory]
    [InlineData("FROM alpine AS a\nFROM alpine\nARG S=a\nCOPY --from=$S /x /y\n", "--from=$S")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL401", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine AS a\nFROM alpine\nCOPY --from=a /x /y\n")]
    [InlineData("FROM alpine AS a\nFROM alpine\nCOPY --from=0 /x /y\n")]
    [InlineData("FROM alpine\nCOPY $SRC /y\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
