using Ballast.Rules;
using Ballast.Rules.Catalog;

namespace Ballast.Tests.Syntax.Checks;

public sealed class CheckDirectiveTests
{
    [Theory]
    [InlineData("# check=skip=MaintainerDeprecated\nFROM alpine\nMAINTAINER me\n")]
    [InlineData("# check=skip=all\nFROM alpine\nMAINTAINER me\n")]
    [InlineData("# check=skip=JSONArgsRecommended,maintainerdeprecated;error=true\n"
        + "FROM alpine\nMAINTAINER me\n")]
    [InlineData("# check=skip=BL505\nFROM alpine\nMAINTAINER me\n")]
    [InlineData("FROM alpine\n# check=skip=MaintainerDeprecated\nMAINTAINER me\n")]
    public void Skipped_checks_report_nothing(string dockerfile)
    {
        var findings = RuleRun.Findings(new MaintainerDeprecatedRule(), dockerfile);

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("# check=skip=StageNameCasing\nFROM alpine\nMAINTAINER me\n")]
    [InlineData("FROM alpine\n# check=skip=MaintainerDeprecated\nRUN x\nMAINTAINER me\n")]
    [InlineData("# syntax=docker/dockerfile:1\nFROM alpine\nMAINTAINER me\n")]
    public void Other_checks_and_other_instructions_still_report(string dockerfile)
    {
        var findings = RuleRun.Findings(new MaintainerDeprecatedRule(), dockerfile);

        Assert.Single(findings);
    }

    [Fact]
    public void Rules_that_are_not_build_checks_cannot_be_skipped_by_the_directive()
    {
        var text = "# check=skip=all\nFROM alpine AS a\nFROM alpine\nARG S=a\n"
            + "COPY --from=$S /x /y\n";

        var findings = RuleRun.Findings(new CopyFromVariableRule(), text);

        Assert.Single(findings);
    }

    [Fact]
    public void A_syntax_error_does_not_stop_the_other_findings()
    {
        var text = "FROM alpine AS Build\nRUN --network=bridge make\nMAINTAINER me\n";

        var result = Checker.Default.Check(new Ballast.Text.SourceText(text, "Dockerfile"));

        Assert.Contains(result.Errors, error => error.Message == "invalid network mode \"bridge\"");
        Assert.Contains(result.Findings, finding => finding.RuleId == "BL502");
        Assert.Contains(result.Findings, finding => finding.RuleId == "BL505");
    }

    [Fact]
    public void Shared_case_07_reports_the_variable_in_copy_from_once_and_no_unknown_stage()
    {
        var text = TestCases.Dockerfile("07-copy-from-arg-and-index");

        var result = Checker.Default.Check(new Ballast.Text.SourceText(text, "Dockerfile"));

        var finding = Assert.Single(result.Findings, finding => finding.RuleId == "BL401");
        Assert.Equal(9, finding.Location.Start.Line);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Shared_case_03_has_no_relative_workdir_finding()
    {
        var text = TestCases.Dockerfile("03-escape-backtick");

        var result = Checker.Default.Check(new Ballast.Text.SourceText(text, "Dockerfile"));

        Assert.DoesNotContain(result.Findings, finding => finding.RuleId == "BL404");
        Assert.Empty(result.Errors);
    }
}
