using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class InstructionCasingRuleTests
{
    private readonly InstructionCasingRule rule = new();

    [Theory]
    [InlineData("FROM alpine\nrun echo hi\nCMD x\n", "run")]
    [InlineData("from alpine\nrun a\nCmd b\n", "Cmd")]
    [InlineData("FROM a\nONBUILD run x\n", "run")]
    public void Fires_at_the_offending_text(string dockerfile, string located)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        var finding = Assert.Single(findings);
        Assert.Equal("BL501", finding.RuleId);
        if (located.Length > 0)
        {
            Assert.Equal(located, RuleRun.Text(dockerfile, finding));
        }
    }

    [Theory]
    [InlineData("FROM alpine\nRUN echo hi\n")]
    [InlineData("from alpine\nrun echo hi\n")]
    [InlineData("FROM alpine\n# run lower in a comment\nRUN a\n")]
    public void Stays_quiet_when_nothing_is_wrong(string dockerfile)
    {
        var findings = RuleRun.Findings(rule, dockerfile);

        Assert.Empty(findings);
    }
}
