using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class MaintainerRuleTests
{
    private readonly MaintainerRule rule = new();

    [Fact]
    public void Fires_on_maintainer()
    {
        var dockerfile = "FROM alpine:3\nMAINTAINER someone@example.com\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("MAINTAINER", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_authors_label()
    {
        var dockerfile = "FROM alpine:3\nLABEL org.opencontainers.image.authors=a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_file_without_maintainer()
    {
        var dockerfile = "FROM alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
