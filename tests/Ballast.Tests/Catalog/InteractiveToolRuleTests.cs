using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class InteractiveToolRuleTests
{
    private readonly InteractiveToolRule rule = new();

    [Fact]
    public void Fires_on_service_start()
    {
        var dockerfile = "FROM debian:12\nRUN service nginx start\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("service", marked);
    }

    [Fact]
    public void Stays_quiet_on_installing_vim()
    {
        var dockerfile = "FROM debian:12\nRUN apt-get install -y vim\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_ordinary_commands()
    {
        var dockerfile = "FROM debian:12\nRUN make && make install\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
