using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Tests.ShellRules;

/// <summary>Runs one rule alone, and checks the properties every safe fix must have.
/// </summary>
internal static class ShellRuleRun
{
    public static Rule Rule(string id) =>
        RuleCatalog.Find(id) ?? throw new ArgumentException($"no rule {id}", nameof(id));

    public static IReadOnlyList<Finding> Findings(string id, string dockerfile) =>
        new Checker([Rule(id)]).Check(new SourceText(dockerfile)).Findings;

    public static FixResult Fix(string id, string dockerfile) =>
        new Fixer(new Checker([Rule(id)])).Fix(new SourceText(dockerfile), new FixOptions());

    public static bool Parses(string text) => !DockerfileParser.Parse(text).HasErrors;

    /// <summary>Fixes <paramref name="original"/> with rule <paramref name="id"/> and asserts
    /// the fixed text parses, the finding is gone, a second fix changes nothing and the text
    /// is exactly <paramref name="expected"/>, so nothing else changed.</summary>
    public static void AssertFixed(string id, string original, string expected)
    {
        Assert.Contains(Findings(id, original), finding => finding.Fix is not null);

        var result = Fix(id, original);

        Assert.True(result.Changed);
        Assert.True(Parses(result.NewText), result.NewText);
        Assert.Empty(Findings(id, result.NewText));
        Assert.Equal(result.NewText, Fix(id, result.NewText).NewText);
        Assert.Equal(expected, result.NewText);
    }
}
