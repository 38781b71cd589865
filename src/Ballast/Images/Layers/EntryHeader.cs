namespace Ballast.Images.Layers;

/// <summary>What a layer entry says about its path, ready to apply to a tree.</summary>
internal sealed record EntryHeader(
    FileKind Kind,
    long Size,
    int Mode,
    string? LinkTarget,
    byte[]? Content);
