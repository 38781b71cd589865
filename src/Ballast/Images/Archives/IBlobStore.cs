namespace Ballast.Images.Archives;

/// <summary>Named files of an image container: a directory or the entries of a tar.</summary>
internal interface IBlobStore : IDisposable
{
    /// <summary>True when a regular file (after following links) exists at the path.</summary>
    bool Exists(string path);

    /// <summary>Opens the file at the path as a seekable, read-only stream.</summary>
    Stream Open(string path);
}
