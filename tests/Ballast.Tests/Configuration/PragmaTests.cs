using Ballast.Configuration;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Configuration;

public sealed class PragmaTests
{
    private static IReadOnlyList<Finding> Check(string dockerfile)
    {
        var result = Checker.Default.Check(new SourceText(dockerfile));
        return FindingFilter.Apply(ProjectConfiguration.Empty, "Dockerfile",
            result.Model.Syntax, result.Findings);
    }

    [Fact]
    public void Ballast_ignore_silences_the_rule_on_the_next_instruction_only()
    {
        var dockerfile = """
            FROM alpine:3.20
            # ballast ignore=BL316
            ADD a.txt /a/
            ADD b.txt /b/
            """;

        var findings = Check(dockerfile).Where(finding => finding.RuleId == "BL316");

        var left = Assert.Single(findings);
        Assert.Equal(4, left.Location.Start.Line);
    }

    [Fact]
    public void Hadolint_ignore_silences_the_mapped_rule()
    {
        var dockerfile = """
            FROM alpine:3.20
            # hadolint ignore=DL3020
            ADD a.txt /a/
            """;

        var findings = Check(dockerfile);

        Assert.DoesNotContain(findings, finding => finding.RuleId == "BL316");
    }

    [Theory]
    [InlineData("DL3013", "BL434", "RUN pip install flask")]
    [InlineData("DL3008", "BL435", "RUN apt-get install -y --no-install-recommends jq")]
    [InlineData("DL4006", "BL433", "RUN curl -fsSL https://example.com/x | tar xz")]
    [InlineData("DL3004", "BL302", "RUN sudo true")]
    public void Hadolint_ignore_of_a_run_script_check_silences_its_ballast_rule(
        string code, string rule, string run)
    {
        var unsilenced = Check($"FROM python:3.12-slim\n{run}\n");
        var silenced = Check($"FROM python:3.12-slim\n# hadolint ignore={code}\n{run}\n");

        Assert.Contains(unsilenced, finding => finding.RuleId == rule);
        Assert.DoesNotContain(silenced, finding => finding.RuleId == rule);
    }

    [Fact]
    public void Hadolint_ignore_of_several_codes_with_spaces_silences_each()
    {
        var dockerfile = """
            # hadolint ignore=DL3020, DL3021
            FROM alpine:3.20
            # hadolint ignore=DL3020, DL3021
            ADD a.txt b.txt /dest
            """;

        var findings = Check(dockerfile);

        Assert.DoesNotContain(findings, finding => finding.RuleId is "BL316" or "BL460");
    }

    [Fact]
    public void Global_ignore_silences_the_rule_in_the_whole_file()
    {
        var dockerfile = """
            # ballast global ignore=BL316
            FROM alpine:3.20
            ADD a.txt /a/
            ADD b.txt /b/
            """;

        var findings = Check(dockerfile);

        Assert.DoesNotContain(findings, finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void An_ignore_for_another_rule_keeps_the_finding()
    {
        var dockerfile = """
            FROM alpine:3.20
            # ballast ignore=BL999
            ADD a.txt /a/
            """;

        var findings = Check(dockerfile);

        Assert.Contains(findings, finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void An_ordinary_comment_mentioning_ignore_suppresses_nothing()
    {
        var dockerfile = """
            FROM alpine:3.20
            # we ignore=BL316 here on purpose? no: not a pragma
            ADD a.txt /a/
            """;

        var findings = Check(dockerfile);

        Assert.Contains(findings, finding => finding.RuleId == "BL316");
    }

    [Fact]
    public void A_hadolint_code_without_a_ballast_rule_suppresses_nothing()
    {
        var dockerfile = """
            FROM alpine:3.20
            # hadolint ignore=DL3057
            ADD a.txt /a/
            """;

        var findings = Check(dockerfile);

        Assert.Contains(findings, finding => finding.RuleId == "BL316");
    }
}
