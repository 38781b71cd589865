using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class ExposeFormatRuleTests
{
    private readonly ExposeFormatRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 8080:80\n", "8080:80")]
    [InlineData("FROM alpine\nEXPOSE 127.0.0.1:80:80/tcp\n", "127.0.0.1:80:80/tcp")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL411", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 80 443/tcp\n")]
    [InlineData("FROM alpine\nEXPOSE 8000-8010/udp\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
