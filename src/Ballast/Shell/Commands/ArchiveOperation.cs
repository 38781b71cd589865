namespace Ballast.Shell.Commands;

/// <summary>What a <c>tar</c> command does.</summary>
public enum ArchiveOperation
{
    /// <summary>No operation could be read.</summary>
    Unknown,

    /// <summary><c>-x</c>: extracts files.</summary>
    Extract,

    /// <summary><c>-c</c>: creates an archive.</summary>
    Create,

    /// <summary><c>-t</c>: lists the contents.</summary>
    List,

    /// <summary><c>-r</c> or <c>-u</c>: adds to an archive.</summary>
    Append,
}
