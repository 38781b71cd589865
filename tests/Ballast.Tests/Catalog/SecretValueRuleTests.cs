using Ballast.Rules.Catalog;

namespace Ballast.Tests.Catalog;

public sealed class SecretValueRuleTests
{
    private readonly SecretValueRule rule = new();

    [Fact]
    public void Fires_on_an_aws_key()
    {
        var dockerfile = "FROM alpine:3\nENV KEY=AKIAABCDEFGHIJKLMNOP\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("KEY=AKIAABCDEFGHIJKLMNOP", marked);
    }

    [Fact]
    public void Fires_on_a_github_token()
    {
        var dockerfile = "FROM alpine:3\nARG T=ghp_a1a1a1a1a1a1a1a1a1a1a1a1a1"
            + "a1a1a1a1a1\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        var finding = Assert.Single(findings);
        var marked = RuleRunner.Marked(finding, dockerfile);
        Assert.Equal("T=ghp_a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", marked);
    }

    [Fact]
    public void Stays_quiet_on_an_ordinary_value()
    {
        var dockerfile = "FROM alpine:3\nENV KEY=production\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stays_quiet_on_a_short_lookalike()
    {
        var dockerfile = "FROM alpine:3\nENV KEY=AKIA123\n";

        var findings = RuleRunner.Run(rule, dockerfile);

        Assert.Empty(findings);
    }
}
