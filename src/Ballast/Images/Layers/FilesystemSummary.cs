namespace Ballast.Images.Layers;

/// <summary>Totals and the largest entries of the final filesystem, found in one walk.
/// </summary>
internal sealed record FilesystemSummary(
    long FinalBytes,
    int FileCount,
    IReadOnlyList<ImageFileEntry> LargestFiles,
    IReadOnlyList<DirectoryUsage> LargestDirectories)
{
    public static FilesystemSummary Of(FileTree tree, int topCount)
    {
        // Pre-order list walked backwards gives children before parents without recursion,
        // which a crafted, very deep tree could otherwise exhaust.
        var order = new List<FileNode>();
        var pending = new Stack<FileNode>();
        pending.Push(tree.Root);
        while (pending.TryPop(out var node))
        {
            order.Add(node);
            foreach (var child in node.Children?.Values ?? Enumerable.Empty<FileNode>())
            {
                pending.Push(child);
            }
        }

        var totals = new Dictionary<FileNode, (long Bytes, int Files)>();
        var files = new TopList<FileNode>(topCount);
        var directories = new TopList<(FileNode Node, int Files)>(topCount);
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var node = order[i];
            var own = node.Kind == FileKind.File ? (node.Size, 1) : (0L, 0);
            var total = totals.Remove(node, out var below)
                ? (below.Bytes + own.Item1, below.Files + own.Item2)
                : own;
            if (node.Kind == FileKind.File)
            {
                files.Offer(node, node.Size);
            }
            else if (node.Kind == FileKind.Directory && node.Parent is not null)
            {
                directories.Offer((node, total.Item2), total.Item1);
            }

            if (node.Parent is { } parent)
            {
                var sum = totals.GetValueOrDefault(parent);
                totals[parent] = (sum.Bytes + total.Item1, sum.Files + total.Item2);
            }
            else
            {
                return new FilesystemSummary(
                    total.Item1,
                    total.Item2,
                    files.Ordered(n => n.Path)
                        .Select(f => new ImageFileEntry(f.Item.Path, f.Item.Kind, f.Size,
                            f.Item.Mode, f.Item.LinkTarget, f.Item.LayerIndex))
                        .ToList(),
                    directories.Ordered(d => d.Node.Path)
                        .Select(d => new DirectoryUsage(d.Item.Node.Path, d.Size, d.Item.Files))
                        .ToList());
            }
        }

        return new FilesystemSummary(0, 0, [], []);
    }
}
