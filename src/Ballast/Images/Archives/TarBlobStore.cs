using System.Formats.Tar;

namespace Ballast.Images.Archives;

/// <summary>
/// The entries of an image tar (docker save, OCI archive), indexed in one pass over the
/// headers so that blobs can then be read in place by offset, in any order.
/// </summary>
internal sealed class TarBlobStore : IBlobStore
{
    private const int MaxLinkHops = 16;

    private readonly Stream archive;
    private readonly bool ownsArchive;
    private readonly Dictionary<string, TarIndexEntry> entries;

    private TarBlobStore(Stream archive, bool ownsArchive, Dictionary<string, TarIndexEntry> map)
    {
        this.archive = archive;
        this.ownsArchive = ownsArchive;
        entries = map;
    }

    /// <summary>Indexes every entry of a seekable tar stream.</summary>
    public static TarBlobStore Index(Stream archive, bool ownsArchive, ImageReadOptions options)
    {
        var map = new Dictionary<string, TarIndexEntry>(StringComparer.Ordinal);
        using var reader = new TarReader(archive, leaveOpen: true);
        while (reader.GetNextEntry(copyData: false) is { } entry)
        {
            var location = $"archive entry {entry.Name}";
            if (map.Count >= options.MaxEntries)
            {
                throw new InvalidImageException(
                    $"the archive has more than {options.MaxEntries} entries", location);
            }

            var name = EntryPath.Normalize(entry.Name, location);
            if (entry.Length > options.MaxEntryBytes)
            {
                throw new InvalidImageException(
                    $"entry declares {entry.Length} bytes, over the limit", location);
            }

            if (entry.DataOffset + entry.Length > archive.Length)
            {
                throw new InvalidImageException("the archive is truncated", location);
            }

            map[name] = new TarIndexEntry(
                name, entry.EntryType, entry.DataOffset, entry.Length, entry.LinkName);
        }

        return new TarBlobStore(archive, ownsArchive, map);
    }

    public bool Exists(string path) => Find(path) is not null;

    public Stream Open(string path)
    {
        var entry = Find(path)
            ?? throw new InvalidImageException("the archive has no such file", path);
        return new StreamSlice(archive, entry.Offset, entry.Length, ownsInner: false);
    }

    public void Dispose()
    {
        if (ownsArchive)
        {
            archive.Dispose();
        }
    }

    private TarIndexEntry? Find(string path)
    {
        // Legacy docker save and podman store repeated layers as links to the first copy.
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            if (!entries.TryGetValue(path, out var entry))
            {
                return null;
            }

            switch (entry.Type)
            {
                case TarEntryType.SymbolicLink:
                    path = EntryPath.ResolveLink(path, entry.LinkName)
                        ?? throw new InvalidImageException(
                            $"link to '{entry.LinkName}' leaves the archive", path);
                    continue;
                case TarEntryType.HardLink:
                    path = EntryPath.Normalize(entry.LinkName, path, allowRooted: true);
                    continue;
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile
                    or TarEntryType.ContiguousFile:
                    return entry;
                default:
                    return null;
            }
        }

        throw new InvalidImageException("too many links in a row", path);
    }
}
