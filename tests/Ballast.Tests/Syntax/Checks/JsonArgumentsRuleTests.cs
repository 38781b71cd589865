using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class JsonArgumentsRuleTests
{
    private readonly JsonArgumentsRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nCMD node app.js\n", "CMD node app.js")]
    [InlineData("FROM alpine\nENTRYPOINT exec x\n", "ENTRYPOINT exec x")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL507", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nCMD [\"node\", \"app.js\"]\n")]
    [InlineData("FROM alpine\nRUN node build.js\n")]
    [InlineData("FROM alpine\nENTRYPOINT [\"x\"]\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
