using System.Formats.Tar;
using Ballast.Images.Archives;

namespace Ballast.Images.Layers;

/// <summary>
/// Streams the tars of a layer once, validates each entry, applies it to the
/// <see cref="FileTree"/> and captures package-database files on the way.
/// </summary>
internal sealed class LayerWalker(FileTree tree, ImageReadOptions options)
{
    private const string WhiteoutPrefix = ".wh.";
    private const string OpaqueMarker = ".wh..wh..opq";
    private const string ReservedPrefix = ".wh..wh.";

    private long entries;
    private long capturedBytes;

    /// <summary>True once the capture budget ran out and later files were skipped.</summary>
    public bool CaptureBudgetExhausted { get; private set; }

    public LayerTally Walk(Stream tar, string location)
    {
        var tally = tree.BeginLayer();
        using var reader = new TarReader(tar, leaveOpen: true);
        while (reader.GetNextEntry(copyData: false) is { } entry)
        {
            tally.Entries++;
            if (++entries > options.MaxEntries)
            {
                throw new InvalidImageException(
                    $"the image has more than {options.MaxEntries} entries", location);
            }

            Apply(entry, tally, $"{location} entry {entry.Name}");
        }

        return tally;
    }

    private void Apply(TarEntry entry, LayerTally tally, string location)
    {
        var path = EntryPath.Normalize(entry.Name, location);
        if (path.Length == 0)
        {
            return;
        }

        if (entry.Length > options.MaxEntryBytes || entry.Length < 0)
        {
            throw new InvalidImageException(
                $"entry declares {entry.Length} bytes, over the limit", location);
        }

        var slash = path.LastIndexOf('/');
        var name = path[(slash + 1)..];
        if (name.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
        {
            ApplyWhiteout(path, slash, name, location);
            return;
        }

        var kind = KindOf(entry.EntryType);
        var link = CheckLink(entry, kind, path, location);
        if (kind == FileKind.HardLink)
        {
            tally.HardLinks++;
        }

        var size = kind == FileKind.File ? entry.Length : 0;
        tally.BytesWritten += size;
        var content = kind == FileKind.File ? Capture(entry, path) : null;
        tree.Write(path, new EntryHeader(kind, size, (int)entry.Mode, link, content));
    }

    private void ApplyWhiteout(string path, int slash, string name, string location)
    {
        var directory = slash < 0 ? "" : path[..slash];
        if (name == OpaqueMarker)
        {
            tree.Opaque(directory);
            return;
        }

        // Other reserved names (aufs hard-link directories) carry no meaning for readers.
        if (name.StartsWith(ReservedPrefix, StringComparison.Ordinal))
        {
            return;
        }

        if (name.Length == WhiteoutPrefix.Length)
        {
            throw new InvalidImageException("a whiteout names no file", location);
        }

        var target = name[WhiteoutPrefix.Length..];
        tree.Whiteout(directory.Length == 0 ? target : directory + "/" + target);
    }

    private static string? CheckLink(TarEntry entry, FileKind kind, string path,
        string location)
    {
        if (kind == FileKind.HardLink)
        {
            // Hard-link names are archive paths, so a leading slash means the layer root.
            return EntryPath.Normalize(entry.LinkName, location, allowRooted: true);
        }

        if (kind != FileKind.SymbolicLink)
        {
            return null;
        }

        if (EntryPath.ResolveLink(path, entry.LinkName) is null)
        {
            throw new InvalidImageException(
                $"symbolic link to '{entry.LinkName}' points out of the image root", location);
        }

        return entry.LinkName;
    }

    private byte[]? Capture(TarEntry entry, string path)
    {
        if (!MetadataPaths.ShouldCapture(path) || entry.DataStream is null)
        {
            return null;
        }

        if (entry.Length > options.MaxCapturedFileBytes
            || capturedBytes + entry.Length > options.MaxCapturedBytes)
        {
            CaptureBudgetExhausted = true;
            return null;
        }

        var content = new byte[entry.Length];
        entry.DataStream.ReadExactly(content);
        capturedBytes += content.Length;
        return content;
    }

    private static FileKind KindOf(TarEntryType type) => type switch
    {
        TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile
            or TarEntryType.SparseFile => FileKind.File,
        TarEntryType.Directory => FileKind.Directory,
        TarEntryType.SymbolicLink => FileKind.SymbolicLink,
        TarEntryType.HardLink => FileKind.HardLink,
        _ => FileKind.Special,
    };
}
