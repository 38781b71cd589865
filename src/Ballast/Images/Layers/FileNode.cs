namespace Ballast.Images.Layers;

/// <summary>One path of the stacked filesystem while layers are applied in order.</summary>
internal sealed class FileNode(string name, FileNode? parent)
{
    public string Name { get; } = name;

    public FileNode? Parent { get; set; } = parent;

    public FileKind Kind { get; set; } = FileKind.Directory;

    public long Size { get; set; }

    public int Mode { get; set; }

    public string? LinkTarget { get; set; }

    /// <summary>The layer that last wrote this path's content or attributes.</summary>
    public int LayerIndex { get; set; }

    /// <summary>The last layer with an entry at or beneath this path; an opaque marker keeps
    /// what its own layer touched.</summary>
    public int TouchedLayer { get; set; }

    public Dictionary<string, FileNode>? Children { get; set; }

    /// <summary>Captured content of a package-database file, else null.</summary>
    public byte[]? Content { get; set; }

    public string Path => Parent is null || Parent.Parent is null
        ? Name
        : Parent.Path + "/" + Name;
}
