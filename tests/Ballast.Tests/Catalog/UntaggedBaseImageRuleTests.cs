using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class UntaggedBaseImageRuleTests
{
    private readonly UntaggedBaseImageRule rule = new();

    [Fact]
    public void Fires_on_a_base_without_tag()
    {
        var dockerfile = "FROM ubuntu\nRUN true\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ubuntu", marked);
    }

    [Fact]
    public void Fires_on_a_registry_base_without_tag()
    {
        var dockerfile = "FROM ghcr.io/org/app AS app\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("ghcr.io/org/app", marked);
    }

    [Fact]
    public void Stays_quiet_on_a_tagged_base()
    {
        var dockerfile = "FROM ubuntu:24.04\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_digest()
    {
        var dockerfile = "FROM ubuntu@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_scratch()
    {
        var dockerfile = "FROM scratch\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_an_earlier_stage()
    {
        var dockerfile = "FROM alpine:3.20 AS base\nFROM base\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_variable_base()
    {
        var dockerfile = "ARG BASE=ubuntu\nFROM $BASE\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
