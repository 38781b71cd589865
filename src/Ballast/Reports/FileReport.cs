using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Reports;

/// <summary>What <c>check</c> found in one file.</summary>
/// <param name="Source">The file's text and path.</param>
/// <param name="Findings">Findings from the rules.</param>
/// <param name="Diagnostics">Parse diagnostics, as findings with a syntax rule id such as
/// <c>BL000</c>.</param>
public sealed record FileReport(
    SourceText Source,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Finding> Diagnostics)
{
    /// <summary>The path of the file, as the user named it.</summary>
    public string Path => Source.Path;

    /// <summary>Diagnostics and findings together, in the order every format prints them:
    /// by position in the file, then by rule id, so output is stable from run to run.</summary>
    public IReadOnlyList<Finding> Ordered =>
        [.. Diagnostics.Concat(Findings)
            .OrderBy(finding => finding.Location.Span.Start)
            .ThenBy(finding => finding.Location.Span.End)
            .ThenBy(finding => finding.RuleId, StringComparer.Ordinal)];
}
