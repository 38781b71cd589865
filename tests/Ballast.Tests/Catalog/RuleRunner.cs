using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Catalog;

/// <summary>Runs one rule over inline Dockerfiles, and applies its fixes, for rule tests.
/// </summary>
internal static class RuleRunner
{
    public static IReadOnlyList<Finding> Run(Rule rule, string dockerfile,
        string path = "Dockerfile") =>
        new Checker([rule]).Check(new SourceText(dockerfile, path)).Findings
            .Where(finding => finding.RuleId == rule.Descriptor.Id)
            .ToList();

    /// <summary>The text under the finding's span.</summary>
    public static string Marked(Finding finding, string dockerfile) =>
        dockerfile.Substring(finding.Location.Span.Start, finding.Location.Span.Length);

    /// <summary>Applies every fix the rule offers once.</summary>
    public static string Fix(Rule rule, string dockerfile)
    {
        var fixes = Run(rule, dockerfile).Select(finding => finding.Fix).OfType<Fix>();
        return EditSet.Apply(dockerfile, fixes).Text;
    }

    /// <summary>Asserts that fixing removes every finding, leaves the file parseable and is
    /// stable under a second pass.</summary>
    public static string AssertFixHolds(Rule rule, string dockerfile)
    {
        var fixedText = Fix(rule, dockerfile);

        Assert.NotEqual(dockerfile, fixedText);
        Assert.Empty(Run(rule, fixedText));
        Assert.Empty(Checker.Default.Check(new SourceText(fixedText)).Errors);
        Assert.Equal(fixedText, Fix(rule, fixedText));
        return fixedText;
    }
}
