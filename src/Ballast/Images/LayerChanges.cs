namespace Ballast.Images;

/// <summary>How one layer changes the filesystem below it.</summary>
/// <param name="Added">Paths that did not exist below.</param>
/// <param name="Changed">Paths that existed below and are rewritten (content or attributes).
/// </param>
/// <param name="Removed">Paths below that whiteouts and opaque directories remove, each
/// removed descendant counted.</param>
/// <param name="HardLinks">Hard-link entries in the layer.</param>
/// <param name="Entries">Tar entries in the layer, whiteout markers included.</param>
public sealed record LayerChanges(int Added, int Changed, int Removed, int HardLinks, int Entries);
