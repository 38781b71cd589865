namespace Ballast.Images;

/// <summary>The kind of an entry in an image filesystem.</summary>
public enum FileKind
{
    /// <summary>A regular file with content.</summary>
    File,

    /// <summary>A directory.</summary>
    Directory,

    /// <summary>A symbolic link.</summary>
    SymbolicLink,

    /// <summary>A hard link to another file in the same layer.</summary>
    HardLink,

    /// <summary>A device node, FIFO or other special file.</summary>
    Special,
}
