using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class RepeatedInstructionRuleTests
{
    private readonly RepeatedInstructionRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n", "CMD [\"a\"]")]
    [InlineData("FROM alpine\nHEALTHCHECK CMD a\nHEALTHCHECK NONE\n", "HEALTHCHECK CMD a")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL405", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nCMD [\"a\"]\nFROM alpine\nCMD [\"b\"]\n")]
    [InlineData("FROM alpine\nENTRYPOINT [\"a\"]\nCMD [\"b\"]\n")]
    [InlineData("FROM alpine\nRUN a\nRUN b\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
