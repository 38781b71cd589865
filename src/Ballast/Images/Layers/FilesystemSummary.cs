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
        var files = new TopList<FileNode>(topCount);
        var directories = new TopList<(FileNode Node, int Files)>(topCount);
        var totals = new Dictionary<FileNode, (long Bytes, int Files)>();

        // Walking a pre-order list backwards visits children before parents without
        // recursion, which a crafted, very deep tree could otherwise exhaust.
        foreach (var node in Enumerable.Reverse(PreOrder(tree.Root)))
        {
            (long Bytes, int Files) total = totals.Remove(node, out var below) ? below : (0, 0);
            if (node.Kind == FileKind.File)
            {
                total = (total.Bytes + node.Size, total.Files + 1);
                files.Offer(node, node.Size);
            }
            else if (node.Kind == FileKind.Directory && node.Parent is not null)
            {
                directories.Offer((node, total.Files), total.Bytes);
            }

            if (node.Parent is { } parent)
            {
                var sum = totals.GetValueOrDefault(parent);
                totals[parent] = (sum.Bytes + total.Bytes, sum.Files + total.Files);
                continue;
            }

            return new FilesystemSummary(
                total.Bytes, total.Files, Entries(files), Usages(directories));
        }

        return new FilesystemSummary(0, 0, [], []);
    }

    private static List<FileNode> PreOrder(FileNode root)
    {
        var order = new List<FileNode>();
        var pending = new Stack<FileNode>();
        pending.Push(root);
        while (pending.TryPop(out var node))
        {
            order.Add(node);
            foreach (var child in node.Children?.Values ?? Enumerable.Empty<FileNode>())
            {
                pending.Push(child);
            }
        }

        return order;
    }

    private static List<ImageFileEntry> Entries(TopList<FileNode> files) => files
        .Ordered(node => node.Path)
        .Select(file => new ImageFileEntry(file.Item.Path, file.Item.Kind, file.Size,
            file.Item.Mode, file.Item.LinkTarget, file.Item.LayerIndex))
        .ToList();

    private static List<DirectoryUsage> Usages(TopList<(FileNode Node, int Files)> directories) =>
        directories
            .Ordered(directory => directory.Node.Path)
            .Select(directory => new DirectoryUsage(
                directory.Item.Node.Path, directory.Size, directory.Item.Files))
            .ToList();
}
