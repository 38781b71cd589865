using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class CopiedArchiveUnpackedRuleTests
{
    private readonly CopiedArchiveUnpackedRule rule = new();

    [Fact]
    public void Fires_on_an_archive_copied_then_untarred()
    {
        var dockerfile = "FROM alpine:3\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /"
            + "tmp/app.tar.gz\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("app.tar.gz", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_archive_kept_as_is()
    {
        var dockerfile = "FROM alpine:3\nCOPY app.tar.gz /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_add_of_an_archive()
    {
        var dockerfile = "FROM alpine:3\nADD app.tar.gz /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
