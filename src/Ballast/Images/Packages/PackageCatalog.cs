using System.Text;
using Ballast.Images.Archives;
using Ballast.Images.Layers;

namespace Ballast.Images.Packages;

/// <summary>
/// Builds the package inventory and OS release from the files captured in the final
/// filesystem, so a database a later layer overwrote or deleted is read as the image has it.
/// </summary>
internal static class PackageCatalog
{
    private const int MaxLinkHops = 8;

    public static OsRelease? FindOsRelease(FileTree tree)
    {
        var content = Follow(tree, MetadataPaths.EtcOsRelease)?.Content
            ?? tree.Find(MetadataPaths.UsrLibOsRelease)?.Content;
        return content is null ? null : OsReleaseParser.Parse(Text(content));
    }

    public static PackageInventory Collect(FileTree tree, OsRelease? os)
    {
        var packages = new List<InstalledPackage>();
        var dpkgEcosystem = os?.Id == "ubuntu" ? "Ubuntu" : "Debian";
        foreach (var node in CapturedFiles(tree))
        {
            var path = node.Path;
            var text = Text(node.Content!);
            if (path == MetadataPaths.DpkgStatus || MetadataPaths.IsDpkgStatusFile(path))
            {
                packages.AddRange(DpkgStatusParser.Parse(text, dpkgEcosystem));
            }
            else if (MetadataPaths.ApkDatabases.Contains(path))
            {
                packages.AddRange(ApkDatabaseParser.Parse(text));
            }
            else if (MetadataPaths.IsPythonMetadata(path)
                && PythonMetadataParser.Parse(text) is { } python)
            {
                packages.Add(python);
            }
            else if (MetadataPaths.IsNpmManifest(path)
                && NpmManifestParser.Parse(node.Content) is { } npm)
            {
                packages.Add(npm);
            }
        }

        // Limitation: rpm databases (Berkeley DB, NDB, sqlite) are not parsed; the inventory
        // names the database so reports can say its package count is unknown.
        var unread = MetadataPaths.RpmDatabases
            .Where(path => tree.Find(path) is { Kind: FileKind.File })
            .ToList();
        var ordered = packages
            .Distinct()
            .OrderBy(p => p.Ecosystem, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Version, StringComparer.Ordinal)
            .ToList();
        return new PackageInventory(ordered, unread);
    }

    private static IEnumerable<FileNode> CapturedFiles(FileTree tree)
    {
        var pending = new Stack<FileNode>();
        pending.Push(tree.Root);
        while (pending.TryPop(out var node))
        {
            if (node.Content is not null)
            {
                yield return node;
            }

            foreach (var child in node.Children?.Values ?? Enumerable.Empty<FileNode>())
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>Debian ships /etc/os-release as a link to ../usr/lib/os-release.</summary>
    private static FileNode? Follow(FileTree tree, string path)
    {
        for (var hop = 0; hop < MaxLinkHops; hop++)
        {
            var node = tree.Find(path);
            if (node is not { Kind: FileKind.SymbolicLink, LinkTarget: { } target })
            {
                return node;
            }

            var resolved = EntryPath.ResolveLink(path, target);
            if (resolved is null)
            {
                return null;
            }

            path = resolved;
        }

        return null;
    }

    private static string Text(byte[] content) => Encoding.UTF8.GetString(content);
}
