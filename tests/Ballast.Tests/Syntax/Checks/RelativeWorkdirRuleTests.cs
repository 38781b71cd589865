using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class RelativeWorkdirRuleTests
{
    private readonly RelativeWorkdirRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nWORKDIR app\n", "app")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL404", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nWORKDIR /app\n")]
    [InlineData("# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\n"
        + "WORKDIR C:\\app\n")]
    [InlineData("FROM alpine\nWORKDIR $HOME/app\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
