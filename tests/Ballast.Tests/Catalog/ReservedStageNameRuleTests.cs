using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class ReservedStageNameRuleTests
{
    private readonly ReservedStageNameRule rule = new();

    [Fact]
    public void Fires_on_a_stage_named_context()
    {
        var dockerfile = "FROM alpine:3 AS context\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("context", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_ordinary_name()
    {
        var dockerfile = "FROM alpine:3 AS build\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_scratch_as_base()
    {
        var dockerfile = "FROM scratch\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
