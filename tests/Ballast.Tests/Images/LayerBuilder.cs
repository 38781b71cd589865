using System.Formats.Tar;
using System.Text;

namespace Ballast.Tests.Images;

/// <summary>Writes a layer tar in memory from a list of entries, in the order given.</summary>
internal sealed class LayerBuilder
{
    private readonly List<PaxTarEntry> entries = [];

    public LayerBuilder File(string path, string content, UnixFileMode? mode = null) =>
        File(path, Encoding.UTF8.GetBytes(content), mode);

    public LayerBuilder File(string path, int size) => File(path, new byte[size]);

    public LayerBuilder File(string path, byte[] content, UnixFileMode? mode = null)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, path)
        {
            DataStream = new MemoryStream(content),
        };
        if (mode is { } value)
        {
            entry.Mode = value;
        }

        entries.Add(entry);
        return this;
    }

    public LayerBuilder Directory(string path)
    {
        entries.Add(new PaxTarEntry(TarEntryType.Directory, path));
        return this;
    }

    public LayerBuilder SymbolicLink(string path, string target)
    {
        entries.Add(new PaxTarEntry(TarEntryType.SymbolicLink, path) { LinkName = target });
        return this;
    }

    public LayerBuilder HardLink(string path, string target)
    {
        entries.Add(new PaxTarEntry(TarEntryType.HardLink, path) { LinkName = target });
        return this;
    }

    public LayerBuilder Whiteout(string path)
    {
        var slash = path.LastIndexOf('/');
        var marker = slash < 0 ? ".wh." + path : path[..(slash + 1)] + ".wh." + path[(slash + 1)..];
        return File(marker, []);
    }

    public LayerBuilder Opaque(string directory) => File(directory + "/.wh..wh..opq", []);

    public byte[] ToTar()
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                entry.DataStream?.Seek(0, SeekOrigin.Begin);
                writer.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }
}
