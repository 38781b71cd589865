using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class DuplicateStageNameRuleTests
{
    private readonly DuplicateStageNameRule rule = new();

    [Fact]
    public void Fires_on_a_name_used_twice()
    {
        var dockerfile = "FROM alpine:3 AS build\nFROM debian:12 AS Build\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("Build", marked);
    }

    [Fact]
    public void Stays_quiet_on_distinct_names()
    {
        var dockerfile = "FROM alpine:3 AS build\nFROM debian:12 AS run\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_unnamed_stages()
    {
        var dockerfile = "FROM alpine:3\nFROM debian:12\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
