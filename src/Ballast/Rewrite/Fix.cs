namespace Ballast.Rewrite;

/// <summary>A set of edits that resolves one finding, with a sentence saying what it does.
/// The edits of one fix never overlap each other.</summary>
public sealed record Fix(string Description, IReadOnlyList<Edit> Edits);
