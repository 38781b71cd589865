namespace Ballast.Images.Layers;

/// <summary>
/// The image filesystem built by applying layers in order with OCI whiteout semantics,
/// keeping only entry metadata, and booking every hidden byte against the layer that wrote
/// it and the layer that hid it.
/// </summary>
internal sealed class FileTree
{
    private const int DirectoryMode = 0b111_101_101;

    private readonly List<LayerTally> tallies = [];
    private readonly Dictionary<string, WastedPathTally> wasted = new(StringComparer.Ordinal);

    public FileNode Root { get; } = new("", null) { Children = [] };

    public IReadOnlyList<LayerTally> Tallies => tallies;

    public IReadOnlyDictionary<string, WastedPathTally> Wasted => wasted;

    private LayerTally Current => tallies[^1];

    /// <summary>Starts the next layer; operations after this belong to it.</summary>
    public LayerTally BeginLayer()
    {
        tallies.Add(new LayerTally(tallies.Count));
        return Current;
    }

    /// <summary>Writes an entry, replacing what the path held unless both are directories.
    /// </summary>
    public void Write(string path, EntryHeader header)
    {
        var layer = Current.Index;
        var (parentSegments, name) = Split(path);
        var parent = EnsureDirectory(parentSegments);
        if (parent.Children!.TryGetValue(name, out var existing))
        {
            if (existing.TouchedLayer < layer)
            {
                Current.Changed++;
            }

            // Only a directory over a directory keeps what lies beneath.
            if (existing.Kind == FileKind.Directory && header.Kind == FileKind.Directory)
            {
                existing.Mode = header.Mode;
                existing.LayerIndex = layer;
                existing.TouchedLayer = layer;
                return;
            }

            Detach(existing, countRemoved: false);
        }
        else
        {
            Current.Added++;
        }

        parent.Children[name] = new FileNode(name, parent)
        {
            Kind = header.Kind,
            Size = header.Size,
            Mode = header.Mode,
            LinkTarget = header.LinkTarget,
            LayerIndex = layer,
            TouchedLayer = layer,
            Children = header.Kind == FileKind.Directory ? [] : null,
            Content = header.Content,
        };
    }

    /// <summary>Applies <c>.wh.name</c>: deletes the path as lower layers left it.</summary>
    public void Whiteout(string path)
    {
        var node = Find(path);
        if (node is null)
        {
            return;
        }

        // A whiteout never deletes what its own layer wrote.
        if (node.TouchedLayer == Current.Index)
        {
            PruneLower(node);
            return;
        }

        Detach(node, countRemoved: true);
    }

    /// <summary>Applies <c>.wh..wh..opq</c>: hides everything lower layers put beneath the
    /// directory, whenever in the layer the marker comes.</summary>
    public void Opaque(string directory)
    {
        var segments = directory.Length == 0 ? [] : directory.Split('/');
        PruneLower(EnsureDirectory(segments));
    }

    /// <summary>Finds a node without creating anything.</summary>
    public FileNode? Find(string path)
    {
        var node = Root;
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node.Children is null || !node.Children.TryGetValue(segment, out var child))
            {
                return null;
            }

            node = child;
        }

        return node;
    }

    private void PruneLower(FileNode top)
    {
        var layer = Current.Index;
        var pending = new Stack<FileNode>();
        pending.Push(top);
        while (pending.TryPop(out var directory))
        {
            if (directory.Children is null)
            {
                continue;
            }

            foreach (var child in directory.Children.Values.ToList())
            {
                if (child.TouchedLayer == layer)
                {
                    pending.Push(child);
                }
                else
                {
                    Detach(child, countRemoved: true);
                }
            }
        }
    }

    private FileNode EnsureDirectory(IReadOnlyList<string> segments)
    {
        var layer = Current.Index;
        var node = Root;
        node.TouchedLayer = layer;
        foreach (var segment in segments)
        {
            if (node.Children!.TryGetValue(segment, out var child)
                && child.Kind == FileKind.Directory)
            {
                child.TouchedLayer = layer;
                node = child;
                continue;
            }

            // Limitation: a parent that is a symbolic link (usr-merged /lib -> usr/lib) is
            // replaced by a directory instead of followed, so the files land under the link's
            // path; totals stay right, but an overwrite through the link is not seen.
            if (child is not null)
            {
                Detach(child, countRemoved: false);
            }

            var created = new FileNode(segment, node)
            {
                Mode = DirectoryMode,
                LayerIndex = layer,
                TouchedLayer = layer,
                Children = [],
            };
            node.Children[segment] = created;
            node = created;
        }

        return node;
    }

    /// <summary>Removes a subtree, booking its file bytes as wasted by the layers that wrote
    /// them and hidden by the current layer.</summary>
    private void Detach(FileNode top, bool countRemoved)
    {
        top.Parent!.Children!.Remove(top.Name);
        var pending = new Stack<FileNode>();
        pending.Push(top);
        while (pending.TryPop(out var node))
        {
            if (countRemoved)
            {
                Current.Removed++;
            }

            foreach (var child in node.Children?.Values ?? Enumerable.Empty<FileNode>())
            {
                pending.Push(child);
            }

            if (node.Kind == FileKind.File && node.Size > 0)
            {
                BookHidden(node);
            }
        }

        top.Parent = null;
    }

    private void BookHidden(FileNode node)
    {
        tallies[node.LayerIndex].BytesWasted += node.Size;
        Current.BytesHidden += node.Size;
        var path = PathOf(node);
        var tally = wasted.GetValueOrDefault(path) ?? new WastedPathTally();
        tally.Versions++;
        tally.Bytes += node.Size;
        wasted[path] = tally;
    }

    private static string PathOf(FileNode node)
    {
        // Nodes beneath a detached top still point at it, and it still points at its parent
        // until the walk ends, so the path is whole.
        var names = new List<string>();
        for (var current = node; current?.Parent is not null; current = current.Parent)
        {
            names.Add(current.Name);
        }

        names.Reverse();
        return string.Join('/', names);
    }

    private static (string[] Parent, string Name) Split(string path)
    {
        var segments = path.Split('/');
        return (segments[..^1], segments[^1]);
    }
}
