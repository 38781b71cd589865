using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class UntrustedRegistryRuleTests
{
    private readonly UntrustedRegistryRule rule = new(["registry.example.com", "docker.io"]);

    [Fact]
    public void Fires_on_a_base_from_another_registry()
    {
        var dockerfile = "FROM quay.io/org/app:1\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("quay.io/org/app:1", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Fires_on_copy_from_an_image_in_another_registry()
    {
        var dockerfile = "FROM alpine:3\nCOPY --from=ghcr.io/x/tool:1 /tool /tool\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("--from=ghcr.io/x/tool:1", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Stays_quiet_on_trusted_registries()
    {
        var dockerfile = "FROM registry.example.com/base:1\nFROM alpine:3\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void Stays_quiet_on_stages_and_scratch()
    {
        var dockerfile = "FROM alpine:3 AS b\nFROM scratch\nCOPY --from=b /a /a\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void Stays_quiet_when_no_registry_is_configured()
    {
        var dockerfile = "FROM quay.io/org/app:1\n";

        Assert.Empty(RuleRunner.Run(new UntrustedRegistryRule(), dockerfile));
    }
}
