using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RedundantTargetPlatformRuleTests
{
    private readonly RedundantTargetPlatformRule rule = new();

    [Fact]
    public void Fires_on_targetplatform()
    {
        var dockerfile = "FROM --platform=$TARGETPLATFORM alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("--platform=$TARGETPLATFORM", marked);
    }

    [Fact]
    public void Stays_quiet_on_buildplatform()
    {
        var dockerfile = "FROM --platform=$BUILDPLATFORM alpine:3\n";

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
