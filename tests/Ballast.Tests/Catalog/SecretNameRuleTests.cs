using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class SecretNameRuleTests
{
    private readonly SecretNameRule rule = new();

    [Fact]
    public void Fires_on_a_password_env()
    {
        var dockerfile = "FROM alpine:3\nENV DB_PASSWORD=hunter2\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("DB_PASSWORD=hunter2", marked);
    }

    [Fact]
    public void Fires_on_a_token_arg()
    {
        var dockerfile = "FROM alpine:3\nARG NPM_TOKEN\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("NPM_TOKEN", marked);
    }

    [Fact]
    public void Stays_quiet_on_a_path_to_a_secret()
    {
        var dockerfile = "FROM alpine:3\nENV DB_PASSWORD_FILE=/run/secrets/db\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_ordinary_names()
    {
        var dockerfile = "FROM alpine:3\nENV PORT=8080 NODE_ENV=production\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_stage_that_does_not_ship()
    {
        var dockerfile = "FROM alpine:3 AS old\nARG GH_TOKEN\nFROM alpine:3\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
