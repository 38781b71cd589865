using Ballast.Rewrite;

namespace Ballast.Reports;

/// <summary>What <c>fix</c> did to one file: the text before and after, each change with its
/// reason, and the effect the changes are expected to have.</summary>
/// <param name="Path">The file's path, as the user named it.</param>
/// <param name="OriginalText">The text before the fix.</param>
/// <param name="NewText">The text after the fix.</param>
/// <param name="Changes">Each change, one sentence each for what and why.</param>
/// <param name="Estimate">Expected effects, one line each, such as "final image about 300 MB
/// smaller". These are estimates, not measurements, and are always labelled so.</param>
public sealed record FixReport(
    string Path,
    string OriginalText,
    string NewText,
    IReadOnlyList<ChangeExplanation> Changes,
    IReadOnlyList<string> Estimate)
{
    /// <summary>True when the new text differs from the original.</summary>
    public bool Changed => !string.Equals(OriginalText, NewText, StringComparison.Ordinal);
}
