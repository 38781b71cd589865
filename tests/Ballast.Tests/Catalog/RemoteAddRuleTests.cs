using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RemoteAddRuleTests
{
    private readonly RemoteAddRule rule = new();

    [Fact]
    public void Fires_on_add_of_a_url()
    {
        var dockerfile = "FROM alpine:3\nADD https://example.com/tool.tgz /opt/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("https://example.com/tool.tgz", marked);
    }

    [Fact]
    public void Stays_quiet_with_a_checksum()
    {
        var dockerfile = "FROM alpine:3\nADD --checksum=sha256:cccccccccccccc"
            + "cccccccccccccccccccccccccccccccccccccccccccccccccc"
            + " https://e.com/t /t\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_add_of_a_local_archive()
    {
        var dockerfile = "FROM alpine:3\nADD tool.tgz /opt/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
