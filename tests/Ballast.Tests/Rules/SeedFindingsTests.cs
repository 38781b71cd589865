using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Rules;

/// <summary>The findings the shared seed case (cases/seed-single-stage/expect.md) asks
/// <c>check</c> to report, rule by rule, at the lines it gives.</summary>
public sealed class SeedFindingsTests
{
    private static readonly string Seed = TestCases.Dockerfile("seed-single-stage");

    private static List<Finding> Findings(string id) =>
        Checker.Default.Check(new SourceText(Seed)).Findings
            .Where(finding => finding.RuleId == id)
            .ToList();

    private static int[] Lines(string id) =>
        Findings(id).Select(finding => finding.Location.Start.Line).ToArray();

    [Fact]
    public void Full_base_is_reported_on_line_1_with_its_slim_tag()
    {
        var finding = Assert.Single(Findings("BL101"));

        RuleRun.At(finding, 1, 6);
        Assert.Contains("python:3.11.2-slim", finding.Message);
    }

    [Fact]
    public void Build_tooling_is_reported_once_with_every_piece_of_evidence()
    {
        var finding = Assert.Single(Findings("BL102"));

        Assert.Contains("compilers and headers from the base image", finding.Message);
        Assert.Contains("libpq-dev", finding.Message);
        Assert.Contains("libmemcached-dev", finding.Message);
        Assert.Contains("libz-dev", finding.Message);
        Assert.Contains("poetry", finding.Message);
    }

    [Fact]
    public void Each_dev_package_is_reported_on_its_own_line()
    {
        var lines = Lines("BL103");

        Assert.Equal([11, 18, 19], lines);
    }

    [Fact]
    public void Context_copy_on_line_6_is_reported_against_the_install_on_line_24()
    {
        var finding = Assert.Single(Findings("BL201"));

        RuleRun.At(finding, 6, 1);
        Assert.Contains("(line 24)", finding.Message);
        Assert.Contains("pyproject.toml and poetry.lock", finding.Message);
    }

    [Fact]
    public void Apt_update_is_reported_in_each_of_its_three_layers()
    {
        var lines = Lines("BL104");

        Assert.Equal([10, 15, 28], lines);
    }

    [Fact]
    public void Apt_lists_are_reported_where_they_are_left_and_not_where_they_are_removed()
    {
        var lines = Lines("BL105");

        Assert.Equal([15, 28], lines);
    }

    [Fact]
    public void Every_apt_get_install_lacks_no_install_recommends()
    {
        var lines = Lines("BL106");

        Assert.Equal([11, 15, 28], lines);
    }

    [Fact]
    public void Both_pip_installs_keep_their_cache()
    {
        var lines = Lines("BL107");

        Assert.Equal([22, 25], lines);
    }

    [Fact]
    public void All_in_place_fixes_together_parse_clear_their_findings_and_are_stable()
    {
        var result = Fixer.Default.Fix(new SourceText(Seed), new FixOptions());
        var again = Fixer.Default.Fix(new SourceText(result.NewText), new FixOptions());

        Assert.True(RuleRun.Parses(result.NewText));
        Assert.DoesNotContain(result.Remaining, finding => finding.Fixable);
        Assert.DoesNotContain(result.Remaining,
            finding => finding.RuleId is "BL105" or "BL106" or "BL107");
        Assert.Equal(result.NewText, again.NewText);
        Assert.Equal(Seed.Split('\n').Length, result.NewText.Split('\n').Length);
    }
}
