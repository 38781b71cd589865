using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class SecretFileCopyRuleTests
{
    private readonly SecretFileCopyRule rule = new();

    [Fact]
    public void Fires_on_a_copied_env_file()
    {
        var dockerfile = "FROM alpine:3\nCOPY .env /app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal(".env", marked);
    }

    [Fact]
    public void Fires_on_a_copied_private_key()
    {
        var dockerfile = "FROM alpine:3\nCOPY keys/id_rsa /root/.ssh/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("keys/id_rsa", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_example_env_file()
    {
        var dockerfile = "FROM alpine:3\nCOPY .env.example /app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_source_files()
    {
        var dockerfile = "FROM alpine:3\nCOPY src/ /app/\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_builder_stage()
    {
        var dockerfile = "FROM alpine:3 AS b\nCOPY .npmrc /\nFROM alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
