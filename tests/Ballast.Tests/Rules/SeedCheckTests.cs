using Ballast.Rules;
using Ballast.Text;
using Xunit.Abstractions;

namespace Ballast.Tests.Rules;

public sealed class SeedCheckTests(ITestOutputHelper output)
{
    private static CheckResult CheckSeed() =>
        Checker.Default.Check(new SourceText(TestCases.Dockerfile("seed-single-stage"), "Dockerfile"));

    [Fact]
    public void Dump()
    {
        foreach (var finding in CheckSeed().Findings)
        {
            output.WriteLine($"{finding.Location} {finding.RuleId} {finding.Message} fix={finding.Fixable}");
        }
    }
}

public sealed class SeedRestageDump(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var model = Ballast.Model.DockerfileModel.Parse(TestCases.Dockerfile("seed-single-stage"));
        var recipe = new Ballast.Rewrite.Restage.PythonRecipe(
            Ballast.Knowledge.BaseImageCatalog.Default, Ballast.Knowledge.PackageFacts.Default);

        var result = recipe.Restage(model, TestCases.Directory("seed-single-stage"));

        output.WriteLine(result.SkippedBecause ?? "");
        output.WriteLine(result.Text);
        foreach (var change in result.Changes)
        {
            output.WriteLine("- " + change.Change + " " + change.Reason);
        }

        foreach (var line in result.Estimate)
        {
            output.WriteLine("~ " + line);
        }
    }
}
