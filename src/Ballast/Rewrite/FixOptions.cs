namespace Ballast.Rewrite;

/// <summary>How far <c>fix</c> may go.</summary>
/// <param name="MultiStage">Restage a single-stage build into builder and final stages.</param>
/// <param name="ContextDirectory">The build context, to see which files exist.</param>
/// <param name="CacheMounts">Keep package caches out of layers with BuildKit cache mounts
/// (<c>RUN --mount=type=cache,...</c>) instead of appending cleanup commands.</param>
public sealed record FixOptions(
    bool MultiStage = false,
    string? ContextDirectory = null,
    bool CacheMounts = false);
