using Ballast.Rules;

namespace Ballast.Tests.Syntax.Checks;

/// <summary>Runs one rule over an inline Dockerfile through the checker, so directives and
/// skips apply as they do for users.</summary>
internal static class RuleRun
{
    public static IReadOnlyList<Finding> Findings(Rule rule, string dockerfile) =>
        new Checker([rule]).Check(new Ballast.Text.SourceText(dockerfile, "Dockerfile"))
            .Findings.Where(finding => finding.RuleId == rule.Descriptor.Id).ToList();

    public static string Text(string dockerfile, Finding finding) =>
        dockerfile.Substring(finding.Location.Span.Start, finding.Location.Span.Length);
}
