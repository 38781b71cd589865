using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class AddLocalFileRuleTests
{
    private readonly AddLocalFileRule rule = new();

    [Fact]
    public void Fires_on_add_of_a_plain_file()
    {
        var dockerfile = "FROM alpine:3\nADD app.py /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ADD", marked);
    }

    [Fact]
    public void Stays_quiet_on_add_of_an_archive()
    {
        var dockerfile = "FROM alpine:3\nADD rootfs.tar.gz /\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_add_of_a_url()
    {
        var dockerfile = "FROM alpine:3\nADD https://example.com/a /a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_copy()
    {
        var dockerfile = "FROM alpine:3\nCOPY app.py /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Fix_turns_add_into_copy()
    {
        var dockerfile = "FROM alpine:3\nADD app.py /srv/\n";

        var fixedText = RuleRunner.AssertFixHolds(rule, dockerfile);

        Assert.Equal("FROM alpine:3\nCOPY app.py /srv/\n", fixedText);
    }
}
