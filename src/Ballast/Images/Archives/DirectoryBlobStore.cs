namespace Ballast.Images.Archives;

/// <summary>The files of an OCI image layout directory, kept inside that directory.</summary>
internal sealed class DirectoryBlobStore(string root) : IBlobStore
{
    private readonly string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public bool Exists(string path) => File.Exists(Resolve(path));

    public Stream Open(string path)
    {
        var full = Resolve(path);
        if (!File.Exists(full))
        {
            throw new InvalidImageException("the layout has no such file", path);
        }

        return new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    public void Dispose()
    {
    }

    private string Resolve(string path)
    {
        var relative = EntryPath.Normalize(path, path);
        var current = root;
        foreach (var segment in relative.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, segment);
            var target = new FileInfo(current).ResolveLinkTarget(returnFinalTarget: true);
            if (target is null)
            {
                continue;
            }

            // A blob linked to a file elsewhere on the machine would let a crafted layout
            // read arbitrary files, so links must stay inside the layout.
            current = Path.GetFullPath(target.FullName);
            if (!current.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new InvalidImageException("a link leaves the layout directory", path);
            }
        }

        return current;
    }
}
