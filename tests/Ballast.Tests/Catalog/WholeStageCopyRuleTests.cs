using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class WholeStageCopyRuleTests
{
    private readonly WholeStageCopyRule rule = new();

    [Fact]
    public void Fires_on_copying_root_of_a_stage()
    {
        var dockerfile = "FROM golang:1.23 AS b\nFROM alpine:3\nCOPY --from=b / /\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("/", marked);
    }

    [Fact]
    public void Stays_quiet_on_copying_the_build_output()
    {
        var dockerfile = "FROM golang:1.23 AS b\nFROM alpine:3\nCOPY --from=b "
            + "/out/app /app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_copying_the_context_root()
    {
        var dockerfile = "FROM alpine:3\nCOPY / /srv/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
