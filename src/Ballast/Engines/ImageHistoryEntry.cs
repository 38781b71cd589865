namespace Ballast.Engines;

/// <summary>One step of an image's history, oldest first.</summary>
/// <param name="CreatedBy">The instruction or command that made the step.</param>
/// <param name="EmptyLayer">True when the step changed only configuration and made no
/// layer.</param>
/// <param name="Comment">The engine's comment on the step, if any.</param>
public sealed record ImageHistoryEntry(string CreatedBy, bool EmptyLayer, string? Comment);
