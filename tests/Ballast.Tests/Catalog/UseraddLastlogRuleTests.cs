using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class UseraddLastlogRuleTests
{
    private readonly UseraddLastlogRule rule = new();

    [Fact]
    public void Fires_on_a_large_uid_without_l()
    {
        var dockerfile = "FROM debian:12\nRUN useradd -u 123456789 app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("useradd", marked);
    }

    [Fact]
    public void Stays_quiet_with_no_log_init()
    {
        var dockerfile = "FROM debian:12\nRUN useradd -l -u 123456789 app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_small_uid()
    {
        var dockerfile = "FROM debian:12\nRUN useradd -u 10001 app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_without_uid()
    {
        var dockerfile = "FROM debian:12\nRUN useradd app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
