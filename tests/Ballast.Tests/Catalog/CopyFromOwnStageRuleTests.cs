using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class CopyFromOwnStageRuleTests
{
    private readonly CopyFromOwnStageRule rule = new();

    [Fact]
    public void Fires_on_a_copy_from_its_own_stage()
    {
        var dockerfile = "FROM alpine:3 AS app\nCOPY --from=app /a /b\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("--from=app", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_earlier_stage()
    {
        var dockerfile = "FROM alpine:3 AS build\nFROM alpine:3 AS app\nCOPY -"
            + "-from=build /a /b\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_the_context()
    {
        var dockerfile = "FROM alpine:3 AS app\nCOPY a /b\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
