namespace Ballast.Rewrite;

/// <summary>How far <c>fix</c> may go.</summary>
/// <param name="MultiStage">Restage a single-stage build into builder and final stages.</param>
/// <param name="ContextDirectory">The build context, to see which files exist.</param>
public sealed record FixOptions(bool MultiStage = false, string? ContextDirectory = null);
