using Ballast.Images;
using Ballast.Images.Layers;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Images;

/// <summary>
/// Random layer stacks applied to <see cref="FileTree"/> must agree with a naive model of
/// OCI whiteout semantics, and every written byte must be either visible or booked as waste.
/// </summary>
public sealed class FileTreePropertyTests
{
    private enum Operation
    {
        File,
        Whiteout,
        Opaque,
    }

    private sealed record Step(Operation Operation, string Path, long Size);

    private static readonly string[] Paths = AllPaths();

    private static readonly Gen<Step[][]> Stacks = Gen.Select(
            Gen.Int[0, 4], Gen.Int[0, Paths.Length - 1], Gen.Int[1, 100],
            (operation, path, size) => new Step(
                operation < 3 ? Operation.File : (Operation)(operation - 2), Paths[path], size))
        .Array[0, 8]
        .Array[1, 5];

    [Fact]
    public void Final_bytes_and_files_match_a_naive_model_of_whiteouts()
    {
        Stacks.Sample(stack =>
        {
            var layers = stack.Select(Valid).ToList();

            var (tree, written) = Apply(layers);
            var model = Model(layers);

            var summary = FilesystemSummary.Of(tree, topCount: 0);
            Assert.Equal(model.Values.Sum(), summary.FinalBytes);
            Assert.Equal(model.Count, summary.FileCount);
            Assert.Equal(written - summary.FinalBytes, tree.Tallies.Sum(t => t.BytesWasted));
            Assert.Equal(written - summary.FinalBytes, tree.Tallies.Sum(t => t.BytesHidden));
        }, iter: 2000);
    }

    /// <summary>
    /// Drops steps a real layer cannot hold: two steps on one path, and a file that is also
    /// the parent of another step in the same layer.
    /// </summary>
    private static List<Step> Valid(Step[] layer)
    {
        var steps = layer.DistinctBy(step => step.Path).ToList();
        return steps
            .Where(step => step.Operation != Operation.File
                || !steps.Any(other => other.Path.StartsWith(step.Path + "/",
                    StringComparison.Ordinal)))
            .ToList();
    }

    private static (FileTree Tree, long Written) Apply(List<List<Step>> layers)
    {
        var tree = new FileTree();
        long written = 0;
        foreach (var layer in layers)
        {
            tree.BeginLayer();
            foreach (var step in layer)
            {
                switch (step.Operation)
                {
                    case Operation.File:
                        written += step.Size;
                        tree.Write(step.Path,
                            new EntryHeader(FileKind.File, step.Size, 0, null, null));
                        break;
                    case Operation.Whiteout:
                        tree.Whiteout(step.Path);
                        break;
                    default:
                        tree.Opaque(step.Path);
                        break;
                }
            }
        }

        return (tree, written);
    }

    /// <summary>
    /// Files only, by path. Opaque markers and whiteouts act on the layers below, so they go
    /// first; writes then replace any file on their path, above it or beneath it.
    /// </summary>
    private static Dictionary<string, long> Model(List<List<Step>> layers)
    {
        var files = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var layer in layers)
        {
            foreach (var step in layer.Where(s => s.Operation == Operation.Opaque))
            {
                RemoveBeneath(files, step.Path);
                RemoveAncestors(files, step.Path + "/x");
                files.Remove(step.Path);
            }

            foreach (var step in layer.Where(s => s.Operation == Operation.Whiteout))
            {
                RemoveBeneath(files, step.Path);
                files.Remove(step.Path);
            }

            foreach (var step in layer.Where(s => s.Operation == Operation.File))
            {
                RemoveBeneath(files, step.Path);
                RemoveAncestors(files, step.Path);
                files[step.Path] = step.Size;
            }
        }

        return files;
    }

    private static void RemoveBeneath(Dictionary<string, long> files, string path)
    {
        foreach (var key in files.Keys.Where(k => k.StartsWith(path + "/",
            StringComparison.Ordinal)).ToList())
        {
            files.Remove(key);
        }
    }

    private static void RemoveAncestors(Dictionary<string, long> files, string path)
    {
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            files.Remove(path[..slash]);
        }
    }

    private static string[] AllPaths()
    {
        string[] names = ["a", "b", "c"];
        var paths = new List<string>(names);
        for (var depth = 1; depth < 3; depth++)
        {
            paths.AddRange(paths.Where(p => p.Count(c => c == '/') == depth - 1)
                .SelectMany(p => names.Select(n => p + "/" + n))
                .ToList());
        }

        return paths.ToArray();
    }
}
