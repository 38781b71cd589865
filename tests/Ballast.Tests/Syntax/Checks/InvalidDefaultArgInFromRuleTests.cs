using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class InvalidDefaultArgInFromRuleTests
{
    private readonly InvalidDefaultArgInFromRule rule = new();

    [Theory]
    [InlineData("ARG IMAGE\nFROM $IMAGE\n", "$IMAGE")]
    [InlineData("ARG TAG\nFROM alpine:$TAG\n", "alpine:$TAG")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL410", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("ARG IMAGE=alpine\nFROM $IMAGE\n")]
    [InlineData("ARG TAG\nFROM alpine:${TAG:-3.20}\n")]
    [InlineData("FROM alpine\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
