using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Rules.Catalog;
using Ballast.Text;

namespace Ballast.Tests.Syntax.Checks;

public sealed class LegacyKeyValueRuleTests
{
    private readonly LegacyKeyValueRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nENV A b\n", "ENV A b")]
    [InlineData("FROM alpine\nLABEL a b\n", "LABEL a b")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL506", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nENV A=b\n")]
    [InlineData("FROM alpine\nLABEL a=b c=d\n")]
    [InlineData("FROM alpine\nARG A\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Fix_joins_key_and_plain_value_and_nothing_else_changes()
    {
        var text = "FROM alpine\nENV PYTHONUNBUFFERED 1\nRUN echo done\n";

        var fixedText = Fixer.Default.Fix(new SourceText(text), new FixOptions()).NewText;

        Assert.Equal("FROM alpine\nENV PYTHONUNBUFFERED=1\nRUN echo done\n", fixedText);
        Assert.Empty(RuleRun.Findings(rule, fixedText));
        Assert.Empty(Checker.Default.Check(new SourceText(fixedText)).Errors);
        var again = Fixer.Default.Fix(new SourceText(fixedText), new FixOptions());
        Assert.False(again.Changed);
    }

    [Theory]
    [InlineData("FROM alpine\nENV GREETING hello world\n")]
    [InlineData("FROM alpine\nENV GREETING \"hello\"\n")]
    [InlineData("FROM alpine\nENV GREETING \\\n  hello\n")]
    public void Values_that_need_quoting_get_no_fix(string dockerfile)
    {
        var finding = Assert.Single(RuleRun.Findings(rule, dockerfile));

        Assert.Null(finding.Fix);
    }
}
