using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rules;

/// <summary>Queries many rules share: the package commands of a stage, and the stages whose
/// files end up in the final image.</summary>
public static class RuleContextExtensions
{
    /// <summary>Every package-manager command in the RUNs of <paramref name="stage"/>.</summary>
    public static IEnumerable<PackageUse> PackageUses(this Stage stage)
    {
        foreach (var run in stage.OfType<RunInstruction>())
        {
            if (run.Commands is not { } script)
            {
                continue;
            }

            foreach (var command in script.Commands)
            {
                if (PackageCommandReader.Read(command) is { } package)
                {
                    yield return new PackageUse(run, package);
                }
            }
        }
    }

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
        run.Mounts.Where(mount => mount.Type is "cache" or "tmpfs" && mount.Target is not null)
            .Select(mount => mount.Target!)
            .ToList();

    /// <summary>True when <paramref name="use"/> installs packages with
    /// <paramref name="manager"/>.</summary>
    public static bool Installs(this PackageUse use, PackageManager manager) =>
        use.Command.Manager == manager && use.Command.Action == PackageAction.Install;
}
