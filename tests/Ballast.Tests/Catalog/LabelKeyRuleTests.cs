using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class LabelKeyRuleTests
{
    private readonly LabelKeyRule rule = new();

    [Fact]
    public void Fires_on_upper_case_keys()
    {
        var dockerfile = "FROM alpine:3\nLABEL Version=1\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("Version=1", marked);
    }

    [Fact]
    public void Fires_on_a_reserved_namespace()
    {
        var dockerfile = "FROM alpine:3\nLABEL com.docker.x=1\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("com.docker.x=1", marked);
    }

    [Fact]
    public void Stays_quiet_on_reverse_dns_keys()
    {
        var dockerfile = "FROM alpine:3\nLABEL org.opencontainers.image.version=1\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_simple_key()
    {
        var dockerfile = "FROM alpine:3\nLABEL maintainer=me\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
