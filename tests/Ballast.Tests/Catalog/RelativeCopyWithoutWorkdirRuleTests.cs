using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RelativeCopyWithoutWorkdirRuleTests
{
    private readonly RelativeCopyWithoutWorkdirRule rule = new();

    [Fact]
    public void Fires_on_a_relative_destination_without_workdir()
    {
        var dockerfile = "FROM alpine:3\nCOPY app.py app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("app/", marked);
    }

    [Fact]
    public void Stays_quiet_after_workdir()
    {
        var dockerfile = "FROM alpine:3\nWORKDIR /srv\nCOPY app.py app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_an_absolute_destination()
    {
        var dockerfile = "FROM alpine:3\nCOPY app.py /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_when_the_parent_stage_set_workdir()
    {
        var dockerfile = "FROM alpine:3 AS b\nWORKDIR /srv\nFROM b\nCOPY a .\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
