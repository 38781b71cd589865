using Ballast.Model;
using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL115: a file written by one instruction and removed by a later RUN still takes
/// its bytes in the earlier layer; the removal only hides it.</summary>
public sealed class RemovedInLaterLayerRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL115",
        "file removed in a later layer",
        Category.Size,
        Severity.Warning,
        "Removing in a later RUN what an earlier COPY or RUN wrote saves nothing: layers only "
        + "add, so the bytes stay in the image. Remove it in the layer that writes it.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var written = new List<WrittenPath>();
        var stages = context.FinalImageStages().Reverse();
        foreach (var instruction in stages.SelectMany(stage => stage.Instructions))
        {
            if (instruction is CopyInstruction copy)
            {
                written.AddRange(Written(copy));
                continue;
            }

            if (instruction is not RunInstruction { Commands: { } script } run)
            {
                continue;
            }

            foreach (var finding in Removals(context, run, script, written))
            {
                yield return finding;
            }

            written.AddRange(Written(run, script));
        }
    }

    private IEnumerable<Finding> Removals(
        RuleContext context, RunInstruction run, ShellScript script, List<WrittenPath> written)
    {
        foreach (var command in script.Commands)
        {
            if (FileCommandReader.ReadRemove(command) is not { } remove)
            {
                continue;
            }

            foreach (var word in remove.Paths)
            {
                var match = word.Value is { } path && Absolute(path) is { } target
                    ? written.FirstOrDefault(entry => entry.RemovedBy(target))
                    : null;
                if (match is null)
                {
                    continue;
                }

                written.Remove(match);
                var line = context.Model.Locate(match.Span).Start.Line;
                yield return context.Report(Descriptor,
                    $"{match.Path} was written by the {match.Origin} on line {line}; removing "
                    + "it in a later RUN leaves its bytes in that layer. Remove it where it is "
                    + "written, or copy it only into a build stage.",
                    run.SourceSpan(word.Span));
            }
        }
    }

    private static IEnumerable<WrittenPath> Written(CopyInstruction copy)
    {
        if (copy.ExpandedDestination is not { } destination || Absolute(destination) is not
            { } target || copy.Syntax.Heredocs.Count > 0)
        {
            yield break;
        }

        var origin = copy.IsAdd ? "ADD" : "COPY";
        if (copy.CopiesWholeContext || copy.Sources.Any(source => source.Text.EndsWith('/')))
        {
            yield return new WrittenPath(target, origin, copy.Span, Contents: true);
            yield break;
        }

        if (!destination.EndsWith('/') && copy.Sources.Count == 1)
        {
            yield return new WrittenPath(target, origin, copy.Span, Contents: false);
            yield break;
        }

        foreach (var source in copy.Sources.Where(source => !source.Text.Contains('*')))
        {
            var name = Path.GetFileName(source.Text.TrimEnd('/'));
            yield return new WrittenPath($"{target}/{name}", origin, copy.Span, false);
        }
    }

    private static IEnumerable<WrittenPath> Written(RunInstruction run, ShellScript script)
    {
        var removed = script.Commands
            .Select(FileCommandReader.ReadRemove)
            .OfType<RemoveCommand>()
            .SelectMany(remove => remove.Paths)
            .Select(word => word.Value is { } value ? Absolute(value) : null)
            .OfType<string>()
            .ToList();
        foreach (var command in script.Commands)
        {
            if (FileCommandReader.ReadDownload(command, script)?.OutputFile?.Value is { } file
                && Absolute(file) is { } target
                && !removed.Any(path => new WrittenPath(target, "", default, false)
                    .RemovedBy(path)))
            {
                var span = run.SourceSpan(command.Span);
                yield return new WrittenPath(target, "download", span, false);
            }
        }

        foreach (var cache in run.LeftCaches)
        {
            yield return new WrittenPath(
                cache.Path, cache.Description, run.SourceSpan(cache.CreatedBy.Span), true);
        }
    }

    // Only absolute paths are compared: a relative one depends on a WORKDIR that may change.
    // A trailing /* removes what is in the directory, which for this rule is the directory.
    private static string? Absolute(string path)
    {
        if (!path.StartsWith('/'))
        {
            return null;
        }

        var trimmed = path.EndsWith("/*", StringComparison.Ordinal) ? path[..^2] : path;
        trimmed = trimmed.TrimEnd('/');
        return trimmed.Length == 0 || trimmed.Contains('*') || trimmed.Contains('?')
            ? null
            : trimmed;
    }

    private sealed record WrittenPath(string Path, string Origin, TextSpan Span, bool Contents)
    {
        public bool RemovedBy(string removed) =>
            Path == removed
            || Path.StartsWith(removed + "/", StringComparison.Ordinal)
            || (Contents && removed.StartsWith(Path + "/", StringComparison.Ordinal));
    }
}
