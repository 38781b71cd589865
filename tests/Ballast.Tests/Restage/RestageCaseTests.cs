using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Tests.Restage;

/// <summary>Every case under Cases/restage: the rewrite matches its golden file, re-parses,
/// passes check without the size findings, and a second fix changes nothing.</summary>
public sealed class RestageCaseTests
{
    private static readonly string[] SizeRules = ["BL101", "BL102", "BL103"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(TestCases.Directory("restage")).Order())
        {
            data.Add(Path.GetFileName(folder));
        }

        return data;
    }

    private static string Folder(string name) => Path.Combine(TestCases.Directory("restage"), name);

    private static FixResult Fix(string name, string text) => Fixer.Default.Fix(
        new SourceText(text, "Dockerfile"), new FixOptions(MultiStage: true, Folder(name)));

    private static FixResult Fix(string name) =>
        Fix(name, File.ReadAllText(Path.Combine(Folder(name), "Dockerfile")));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_matches_the_golden_file(string name)
    {
        var expected = File.ReadAllText(Path.Combine(Folder(name), "expected.Dockerfile"));

        var result = Fix(name);

        Assert.Equal(expected, result.NewText);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_reparses_into_two_stages(string name)
    {
        var result = Fix(name);

        var syntax = DockerfileParser.Parse(result.NewText, "Dockerfile");
        Assert.False(syntax.HasErrors);
        Assert.Equal(2, Model.DockerfileModel.Parse(result.NewText).Stages.Count);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_passes_check_without_size_findings(string name)
    {
        var result = Fix(name);

        var findings = Checker.Default.Check(new SourceText(result.NewText, "Dockerfile")).Findings;
        Assert.DoesNotContain(findings, finding => SizeRules.Contains(finding.RuleId));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Second_fix_changes_nothing(string name)
    {
        var first = Fix(name);

        var second = Fix(name, first.NewText);

        Assert.False(second.Changed);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Restage_explains_itself_and_labels_its_estimates(string name)
    {
        var result = Fix(name);

        Assert.Contains(result.Changes, change => change.Change.StartsWith("Split the build",
            StringComparison.Ordinal));
        Assert.Contains(result.Estimate, line => line.Contains("estimates",
            StringComparison.Ordinal));
    }
}
