using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class RootFinalUserRuleTests
{
    private readonly RootFinalUserRule rule = new();

    [Fact]
    public void Fires_when_the_final_stage_never_sets_user()
    {
        var dockerfile = "FROM alpine:3\nCMD [\"a\"]\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("FROM", marked);
    }

    [Fact]
    public void Fires_when_the_last_user_is_root()
    {
        var dockerfile = "FROM alpine:3\nUSER app\nUSER root\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("USER root", marked);
    }

    [Fact]
    public void Stays_quiet_with_an_unprivileged_user()
    {
        var dockerfile = "FROM alpine:3\nUSER 10001:10001\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_when_only_a_builder_runs_as_root()
    {
        var dockerfile = "FROM alpine:3 AS b\nUSER root\nFROM alpine:3\nUSER app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_nonroot_base()
    {
        var dockerfile = "FROM gcr.io/distroless/static:nonroot\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_when_a_parent_stage_set_the_user()
    {
        var dockerfile = "FROM alpine:3 AS base\nUSER app\nFROM base\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
