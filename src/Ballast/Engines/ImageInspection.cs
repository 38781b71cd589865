namespace Ballast.Engines;

/// <summary>What an engine reports about a stored image.</summary>
/// <param name="Id">The image id (<c>sha256:...</c>).</param>
/// <param name="Size">Uncompressed size in bytes, as the engine counts it.</param>
/// <param name="Layers">The layers' diff ids, base first.</param>
/// <param name="History">The build steps, oldest first.</param>
/// <param name="Configuration">Entrypoint, command, environment, user and working
/// directory.</param>
public sealed record ImageInspection(
    string Id,
    long Size,
    IReadOnlyList<string> Layers,
    IReadOnlyList<ImageHistoryEntry> History,
    ImageConfiguration Configuration);
