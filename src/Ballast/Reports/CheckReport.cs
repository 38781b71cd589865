using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The result of one <c>check</c> run: each file's findings and the catalogue of
/// rules that ran, which formats such as SARIF describe.</summary>
/// <param name="Files">One report per file, in the order the files were named.</param>
/// <param name="Rules">The rules that ran.</param>
public sealed record CheckReport(
    IReadOnlyList<FileReport> Files,
    IReadOnlyList<RuleDescriptor> Rules)
{
    /// <summary>How many findings of each severity the run produced.</summary>
    public FindingCounts Counts => FindingCounts.Of(this);

    /// <summary>The descriptor of <paramref name="ruleId"/>, or null when the catalogue does
    /// not list it.</summary>
    public RuleDescriptor? FindRule(string ruleId) =>
        Rules.FirstOrDefault(rule => string.Equals(rule.Id, ruleId, StringComparison.Ordinal));
}
