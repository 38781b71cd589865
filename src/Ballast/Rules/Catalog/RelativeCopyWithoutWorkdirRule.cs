using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL465: COPY to a relative destination in a stage that never set a WORKDIR, so
/// the files land wherever the base image's WORKDIR points.</summary>
public sealed class RelativeCopyWithoutWorkdirRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL465",
        "Relative COPY destination without WORKDIR",
        Category.Correctness,
        Severity.Warning,
        "A relative destination is resolved against the WORKDIR; when the file sets none, "
        + "that is the base image's, which can change with the base.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            var workdirSet = HasWorkdirBefore(stage);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Name == "WORKDIR")
                {
                    workdirSet = true;
                }

                if (workdirSet || instruction is not CopyInstruction copy
                    || copy.Destination is not { } destination || IsAnchored(destination.Text))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"{copy.Name} to {destination.Text} depends on the base image's WORKDIR; "
                    + "set WORKDIR first or write an absolute path.",
                    destination.Span);
            }
        }
    }

    private static bool HasWorkdirBefore(Stage stage)
    {
        for (var parent = stage.ParentStage; parent is not null; parent = parent.ParentStage)
        {
            if (parent.Named("WORKDIR").Any())
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAnchored(string path) =>
        path.StartsWith('/') || path.StartsWith('$') || path.StartsWith('"')
        || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
}
