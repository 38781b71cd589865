namespace Ballast.Model;

/// <summary>The outcome of expanding one word: its value, the names it read that were not
/// set, and an error in BuildKit's words when the word is malformed.</summary>
public sealed record ExpansionResult(string Value, IReadOnlyList<string> Unset, string? Error)
{
    /// <summary>True when expansion failed.</summary>
    public bool Failed => Error is not null;
}
