using Ballast.Engines;

namespace Ballast.Workflows;

/// <summary>What <c>ballast measure</c> was asked.</summary>
/// <param name="Path">The Dockerfile, or a folder holding one.</param>
/// <param name="Against">A Dockerfile to compare with instead of Ballast's rewrite.</param>
/// <param name="ContextDirectory">The build context; the Dockerfile's folder by default.</param>
/// <param name="Smoke">The smoke command as one line, split into words like a shell would;
/// null runs each image's own ENTRYPOINT and CMD.</param>
/// <param name="SmokeTimeout">How long each smoke run may take.</param>
/// <param name="Vulnerabilities">Where vulnerability counts come from.</param>
/// <param name="MeasureRebuild">Also time a rebuild after a source-only change.</param>
/// <param name="Build">Settings for every build.</param>
public sealed record MeasureOptions(
    string Path,
    string? Against = null,
    string? ContextDirectory = null,
    string? Smoke = null,
    TimeSpan? SmokeTimeout = null,
    VulnerabilitySources? Vulnerabilities = null,
    bool MeasureRebuild = true,
    BuildOptions? Build = null);
