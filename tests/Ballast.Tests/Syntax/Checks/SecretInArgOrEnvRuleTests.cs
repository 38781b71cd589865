using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class SecretInArgOrEnvRuleTests
{
    private readonly SecretInArgOrEnvRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nARG GITHUB_TOKEN\n", "GITHUB_TOKEN")]
    [InlineData("ARG dbPassword=x\nFROM alpine\n", "dbPassword=x")]
    [InlineData("FROM alpine\nENV AWS_SECRET_ACCESS_KEY=x\n", "AWS_SECRET_ACCESS_KEY=x")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL324", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nARG TOKENIZER_MODEL\n")]
    [InlineData("FROM alpine\nENV PUBLIC_KEY=x\n")]
    [InlineData("FROM alpine\nENV KEYBOARD=us\n")]
    [InlineData("FROM alpine\nLABEL token=x\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
