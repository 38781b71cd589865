using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Seed;

/// <summary>The check half of the seed scenario's expectations, point by point.</summary>
public sealed class SeedCheckTests
{
    private static readonly CheckResult Result = Checker.Default.Check(
        new SourceText(TestCases.Dockerfile("seed-single-stage"), "Dockerfile"));

    private static List<Finding> Of(string rule) =>
        Result.Findings.Where(finding => finding.RuleId == rule).ToList();

    private static bool Within(Finding finding, int first, int last) =>
        finding.Location.Start.Line >= first && finding.Location.Start.Line <= last;

    [Fact]
    public void Full_base_image_is_reported_on_line_1_with_its_slim_twin()
    {
        var finding = Assert.Single(Of("BL101"));

        Assert.Equal(1, finding.Location.Start.Line);
        Assert.Contains("python:3.11.2-slim", finding.Message);
    }

    [Fact]
    public void Build_tooling_in_the_single_stage_image_is_reported_with_its_evidence()
    {
        var finding = Assert.Single(Of("BL102"));

        Assert.Contains("compilers", finding.Message);
        Assert.Contains("libpq-dev", finding.Message);
        Assert.Contains("poetry", finding.Message);
    }

    [Fact]
    public void Development_packages_are_reported_inside_their_install_instructions()
    {
        var findings = Of("BL103");

        Assert.Contains(findings, f => f.Message.StartsWith("libpq-dev") && Within(f, 10, 12));
        Assert.Contains(findings,
            f => f.Message.StartsWith("libmemcached-dev") && Within(f, 15, 19));
        Assert.Contains(findings, f => f.Message.StartsWith("libz-dev") && Within(f, 15, 19));
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void Whole_context_copy_on_line_6_is_reported_against_the_install_on_line_24()
    {
        var finding = Assert.Single(Of("BL201"));

        Assert.Equal(6, finding.Location.Start.Line);
        Assert.Contains("line 24", finding.Message);
    }

    [Fact]
    public void Apt_update_in_three_layers_is_reported_at_lines_10_15_and_28()
    {
        var lines = Of("BL104").Select(f => f.Location.Start.Line).ToList();

        Assert.Equal([10, 15, 28], lines);
    }

    [Fact]
    public void Apt_lists_left_are_reported_at_lines_15_and_28_only()
    {
        var lines = Of("BL105").Select(f => f.Location.Start.Line).ToList();

        Assert.Equal([15, 28], lines);
    }

    [Fact]
    public void Missing_no_install_recommends_is_reported_in_the_runs_of_lines_10_15_and_28()
    {
        var findings = Of("BL106");

        Assert.Equal(3, findings.Count);
        Assert.True(Within(findings[0], 10, 12));
        Assert.Equal(15, findings[1].Location.Start.Line);
        Assert.Equal(28, findings[2].Location.Start.Line);
    }

    [Fact]
    public void Pip_cache_is_reported_at_lines_22_and_25()
    {
        var lines = Of("BL107").Select(f => f.Location.Start.Line).ToList();

        Assert.Equal([22, 25], lines);
    }

    [Fact]
    public void The_seed_has_no_syntax_errors()
    {
        Assert.Empty(Result.Errors);
    }
}
