using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class FixedPlatformRuleTests
{
    private readonly FixedPlatformRule rule = new();

    [Fact]
    public void Fires_on_a_fixed_platform()
    {
        var dockerfile = "FROM --platform=linux/amd64 alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("--platform=linux/amd64", marked);
    }

    [Fact]
    public void Stays_quiet_on_buildplatform()
    {
        var dockerfile = "FROM --platform=$BUILDPLATFORM golang:1.23\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_without_platform()
    {
        var dockerfile = "FROM alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
