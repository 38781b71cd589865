using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class UnknownCopySourceStageRuleTests
{
    private readonly UnknownCopySourceStageRule rule = new();

    [Fact]
    public void Fires_on_a_misspelt_stage()
    {
        var dockerfile = "FROM alpine:3 AS build\nFROM alpine:3\nCOPY --from=b"
            + "iuld /a /a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("--from=biuld", marked);
    }

    [Fact]
    public void Fires_on_a_stage_defined_later()
    {
        var dockerfile = "FROM alpine:3 AS app\nCOPY --from=late /a /a\nFROM a"
            + "lpine:3 AS late\nFROM app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("--from=late", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_earlier_stage()
    {
        var dockerfile = "FROM alpine:3 AS build\nFROM alpine:3\nCOPY --from=b"
            + "uild /a /a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_an_image_reference()
    {
        var dockerfile = "FROM alpine:3\nCOPY --from=nginx:1.27 /etc/nginx /e"
            + "tc/nginx\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_stage_index()
    {
        var dockerfile = "FROM alpine:3\nFROM alpine:3\nCOPY --from=0 /a /a\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
