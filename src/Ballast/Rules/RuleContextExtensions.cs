using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rules;

/// <summary>Queries many rules share: the package commands of a stage, and the stages whose
/// files end up in the final image.</summary>
public static class RuleContextExtensions
{
    /// <summary>Every package-manager command in the RUNs of <paramref name="stage"/>.</summary>
    public static IEnumerable<PackageUse> PackageUses(this Stage stage) =>
        stage.OfType<RunInstruction>()
            .SelectMany(run => run.PackageCommands.Select(package => new PackageUse(run, package)));

    /// <summary>The final stage and the stages it is built on (FROM another stage), whose
    /// layers all ship in the final image.</summary>
    public static IEnumerable<Stage> FinalImageStages(this RuleContext context)
    {
        for (var stage = context.FinalStage; stage is not null; stage = stage.ParentStage)
        {
            yield return stage;
        }
    }

    /// <summary>The targets of the cache and tmpfs mounts of <paramref name="run"/>: what
    /// is written there never reaches the layer.</summary>
    public static IReadOnlyList<string> OutOfLayerTargets(this RunInstruction run) =>
        run.OutOfLayerTargets;

    /// <summary>True when a later command of the same RUN removes <paramref name="package"/>
    /// again, by name or through the apk <c>--virtual</c> group it was installed in: the
    /// build-only install of the official images, which never reaches the layer.</summary>
    public static bool IsRemovedInSameRun(this PackageUse use, PackageArgument package)
    {
        var install = use.Command.Command;
        var group = VirtualGroup(use.Command);
        // The RUN's package commands are read once for all rules; reading every later shell
        // command again for each installed package was the hottest loop of a batch check.
        foreach (var removal in use.Run.PackageCommands)
        {
            var command = removal.Command;
            if (command.Span.Start <= install.Span.End)
            {
                continue;
            }

            // A removal that runs only sometimes does not count unless the install was just
            // as conditional.
            if (command.IsConditional && !install.IsConditional)
            {
                continue;
            }

            if (removal.Manager == use.Command.Manager
                && removal.Action is PackageAction.Remove or PackageAction.Purge
                && Names(removal, package.Name, group))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Names(PackageCommand removal, string name, string? group)
    {
        foreach (var removed in removal.Packages)
        {
            if (removed.Name == name || removed.Name == group)
            {
                return true;
            }
        }

        return false;
    }

    private static string? VirtualGroup(PackageCommand command) =>
        command.Manager == PackageManager.Apk
            ? command.Options.FirstOrDefault(option => option.Name is "--virtual" or "-t")
                ?.Value?.Value
            : null;

    /// <summary>True when <paramref name="use"/> installs packages with
    /// <paramref name="manager"/>.</summary>
    public static bool Installs(this PackageUse use, PackageManager manager) =>
        use.Command.Manager == manager && use.Command.Action == PackageAction.Install;
}
