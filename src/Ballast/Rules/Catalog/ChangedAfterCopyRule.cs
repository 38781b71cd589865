using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL116: <c>chown -R</c> or <c>chmod -R</c> over files an earlier COPY wrote
/// writes every one of them again into a new layer, doubling their size in the image.
/// </summary>
public sealed class ChangedAfterCopyRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL116",
        "chown -R or chmod -R of copied files",
        Category.Size,
        Severity.Warning,
        "Changing the owner or mode of copied files in a later RUN copies them again into "
        + "that layer; COPY --chown and --chmod set them as they are copied.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            var copies = new List<(CopyInstruction Copy, string Target, int Index)>();
            for (var index = 0; index < stage.Instructions.Count; index++)
            {
                switch (stage.Instructions[index])
                {
                    case CopyInstruction copy when Target(copy) is { } target:
                        copies.Add((copy, target, index));
                        break;
                    case RunInstruction run:
                        foreach (var finding in Changes(context, stage, run, index, copies))
                        {
                            yield return finding;
                        }

                        break;
                }
            }
        }
    }

    private IEnumerable<Finding> Changes(
        RuleContext context,
        Stage stage,
        RunInstruction run,
        int runIndex,
        List<(CopyInstruction Copy, string Target, int Index)> copies)
    {
        if (run.Commands is not { } script)
        {
            yield break;
        }

        foreach (var command in script.Commands)
        {
            if (FileCommandReader.ReadPermission(command) is not { Recursive: true } change)
            {
                continue;
            }

            var match = copies.LastOrDefault(entry => change.Paths.Any(path =>
                Normalize(path.Value) is { } value && Covers(entry.Target, value)));
            if (match.Copy is null)
            {
                continue;
            }

            var flag = change.Tool == PermissionTool.Chmod ? "--chmod" : "--chown";
            var line = context.Model.Locate(match.Copy.Span).Start.Line;
            var fix = CopyChown.Fix(context.Model.Source.Text, stage, run, runIndex, change,
                match, copies);
            yield return context.Report(Descriptor,
                $"{command.ProgramName} -R rewrites the files copied on line {line} into a new "
                + $"layer; set it as they are copied with COPY {flag}.",
                run.SourceSpan(command.Span), fix);
        }
    }

    internal static string? Target(CopyInstruction copy) =>
        copy.Syntax.Heredocs.Count == 0 ? Normalize(copy.ExpandedDestination) : null;

    internal static string? Normalize(string? path)
    {
        if (path is null || !path.StartsWith('/') || path.Contains('$') || path.Contains('*'))
        {
            return null;
        }

        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    // The change covers copied files when it names the destination or a folder inside it.
    private static bool Covers(string target, string changed) =>
        changed == target || changed.StartsWith(target + "/", StringComparison.Ordinal);
}
