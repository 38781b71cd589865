using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class LatestBaseImageRuleTests
{
    private readonly LatestBaseImageRule rule = new();

    [Fact]
    public void Fires_on_latest()
    {
        var dockerfile = "FROM node:latest\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("node:latest", marked);
    }

    [Fact]
    public void Stays_quiet_on_a_version()
    {
        var dockerfile = "FROM node:22-slim\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_latest_with_a_digest()
    {
        var dockerfile = "FROM node:latest@sha256:bbbbbbbbbbbbbbbbbbbbbbbbbb"
            + "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_stage_that_does_not_reach_the_target()
    {
        var dockerfile = "FROM node:latest AS old\nFROM node:22\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
