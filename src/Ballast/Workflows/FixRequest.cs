namespace Ballast.Workflows;

/// <summary>What <c>ballast fix</c> was asked.</summary>
/// <param name="Path">The Dockerfile.</param>
/// <param name="MultiStage">Restage a single-stage build into builder and final stages.</param>
/// <param name="Write">Rewrite the file in place.</param>
/// <param name="Output">Write the result to this file instead.</param>
/// <param name="ContextDirectory">The build context; the Dockerfile's folder by default.</param>
/// <param name="CacheMounts">Use BuildKit cache mounts instead of cleanup commands.</param>
public sealed record FixRequest(
    string Path,
    bool MultiStage = false,
    bool Write = false,
    string? Output = null,
    string? ContextDirectory = null,
    bool CacheMounts = false);
