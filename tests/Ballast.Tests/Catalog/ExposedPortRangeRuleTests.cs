using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class ExposedPortRangeRuleTests
{
    private readonly ExposedPortRangeRule rule = new();

    [Fact]
    public void Fires_on_a_port_above_65535()
    {
        var dockerfile = "FROM alpine:3\nEXPOSE 80 70000/tcp\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("70000/tcp", marked);
    }

    [Fact]
    public void Fires_on_a_range_ending_above_65535()
    {
        var dockerfile = "FROM alpine:3\nEXPOSE 8000-90000\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("8000-90000", marked);
    }

    [Fact]
    public void Stays_quiet_on_valid_ports()
    {
        var dockerfile = "FROM alpine:3\nEXPOSE 80 443/tcp 53/udp\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_the_highest_port()
    {
        var dockerfile = "FROM alpine:3\nEXPOSE 65535\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_variable()
    {
        var dockerfile = "FROM alpine:3\nEXPOSE $PORT\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
