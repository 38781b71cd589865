using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Tests.Rules;

/// <summary>Runs one rule of the catalogue alone, so a test sees only that rule's findings
/// and only that rule's fixes.</summary>
internal static class RuleRun
{
    public static Rule Rule(string id) =>
        RuleCatalog.Find(id) ?? throw new ArgumentException($"no rule {id}", nameof(id));

    public static IReadOnlyList<Finding> Findings(string id, string dockerfile) =>
        new Checker([Rule(id)]).Check(new SourceText(dockerfile)).Findings;

    public static Finding Single(string id, string dockerfile) =>
        Assert.Single(Findings(id, dockerfile));

    public static FixResult Fix(string id, string dockerfile) =>
        new Fixer(new Checker([Rule(id)])).Fix(new SourceText(dockerfile), new FixOptions());

    /// <summary>Asserts that <paramref name="finding"/> starts at 1-based
    /// <paramref name="line"/> and <paramref name="column"/>.</summary>
    public static void At(Finding finding, int line, int column) =>
        Assert.Equal(new LinePosition(line, column), finding.Location.Start);

    /// <summary>True when <paramref name="text"/> parses with no error.</summary>
    public static bool Parses(string text) => !DockerfileParser.Parse(text).HasErrors;
}
