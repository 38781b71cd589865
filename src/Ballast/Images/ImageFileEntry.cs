namespace Ballast.Images;

/// <summary>One entry of the final (squashed) image filesystem.</summary>
/// <param name="Path">The path from the image root, without a leading slash.</param>
/// <param name="Kind">File, directory, link or special file.</param>
/// <param name="Size">Content bytes; 0 for directories and links.</param>
/// <param name="Mode">Unix permission bits.</param>
/// <param name="LinkTarget">The link target for symbolic and hard links.</param>
/// <param name="LayerIndex">The layer that last wrote the entry.</param>
public sealed record ImageFileEntry(
    string Path,
    FileKind Kind,
    long Size,
    int Mode,
    string? LinkTarget,
    int LayerIndex);
