namespace Ballast.Workflows;

/// <summary>An image an engine holds, with how long it took to build.</summary>
/// <param name="Label">What the image is to the user: <c>original</c> or <c>rewrite</c>.</param>
/// <param name="Tag">The engine's name for it.</param>
/// <param name="BuildTime">Time of the full build; null when unknown.</param>
/// <param name="RebuildTime">Time of the rebuild after a source-only change; null when not
/// measured.</param>
public sealed record BuiltImage(
    string Label,
    string Tag,
    TimeSpan? BuildTime = null,
    TimeSpan? RebuildTime = null);
