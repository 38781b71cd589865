using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RepeatedHealthcheckRuleTests
{
    private readonly RepeatedHealthcheckRule rule = new();

    [Fact]
    public void Fires_on_the_first_of_two_healthchecks()
    {
        var dockerfile = "FROM alpine:3\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("HEALTHCHECK", marked);
    }

    [Fact]
    public void Stays_quiet_on_one_healthcheck()
    {
        var dockerfile = "FROM alpine:3\nHEALTHCHECK CMD a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_one_healthcheck_per_stage()
    {
        var dockerfile = "FROM alpine:3 AS a\nHEALTHCHECK CMD a\nFROM a\nHEALTH"
            + "CHECK NONE\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
