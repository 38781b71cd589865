using Ballast.Rules;

namespace Ballast.Rewrite;

/// <summary>What <c>fix</c> did to one file.</summary>
/// <param name="OriginalText">The text before.</param>
/// <param name="NewText">The text after; equal to the original when nothing changed.</param>
/// <param name="Changes">Each change and why, one sentence each.</param>
/// <param name="Estimate">The expected effect, labelled as an estimate.</param>
/// <param name="Notes">Why something was not done (a restage skipped, a fix refused).</param>
/// <param name="Remaining">The findings left in the new text.</param>
public sealed record FixResult(
    string OriginalText,
    string NewText,
    IReadOnlyList<ChangeExplanation> Changes,
    IReadOnlyList<string> Estimate,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Finding> Remaining)
{
    /// <summary>True when the text changed.</summary>
    public bool Changed => !string.Equals(OriginalText, NewText, StringComparison.Ordinal);
}
