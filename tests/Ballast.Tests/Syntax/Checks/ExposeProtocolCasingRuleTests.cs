using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class ExposeProtocolCasingRuleTests
{
    private readonly ExposeProtocolCasingRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 80/TCP 53/udp\n", "80/TCP")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL508", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nEXPOSE 80/tcp\n")]
    [InlineData("FROM alpine\nEXPOSE 8080\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
