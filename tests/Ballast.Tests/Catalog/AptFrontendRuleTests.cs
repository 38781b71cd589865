using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class AptFrontendRuleTests
{
    private readonly AptFrontendRule rule = new();

    [Fact]
    public void Fires_on_apt_install()
    {
        var dockerfile = "FROM debian:12\nRUN apt install -y curl\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("apt", marked);
    }

    [Fact]
    public void Stays_quiet_on_apt_get()
    {
        var dockerfile = "FROM debian:12\nRUN apt-get install -y curl\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_apt_cache()
    {
        var dockerfile = "FROM debian:12\nRUN apt-cache policy curl\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_apt_as_an_argument()
    {
        var dockerfile = "FROM debian:12\nRUN echo apt\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
