namespace Ballast.Rewrite.Restage;

/// <summary>What a restage produced: the new text with its explanations and estimates, or
/// the reason it did not restage.</summary>
/// <param name="Text">The rewritten Dockerfile, or the original when not restaged.</param>
/// <param name="Changes">Each change, one sentence each, with why.</param>
/// <param name="Estimate">Lines that estimate the effect, labelled as estimates.</param>
/// <param name="SkippedBecause">Why the file was not restaged, or null when it was.</param>
public sealed record RestageResult(
    string Text,
    IReadOnlyList<ChangeExplanation> Changes,
    IReadOnlyList<string> Estimate,
    string? SkippedBecause)
{
    /// <summary>The last estimate line of every recipe: where the figures come from and how
    /// to get measured ones.</summary>
    public const string EstimateSource = "These are estimates from Ballast's knowledge data; "
        + "`ballast measure` builds both images and reports measured sizes.";

    /// <summary>True when the file was rewritten into stages.</summary>
    public bool Restaged => SkippedBecause is null;

    /// <summary>A result that leaves <paramref name="text"/> alone for
    /// <paramref name="reason"/>.</summary>
    public static RestageResult Skipped(string text, string reason) => new(text, [], [], reason);
}
