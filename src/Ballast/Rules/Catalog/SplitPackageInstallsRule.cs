using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL104: one package manager's updates and installs spread over several RUN
/// layers of a stage. Each layer keeps its own copy of the index and of what it installed,
/// and a cached <c>apt-get update</c> layer goes stale against the installs after it.</summary>
public sealed class SplitPackageInstallsRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL104",
        "Package installs spread over several layers",
        Category.Size,
        Severity.Warning,
        "One package manager updates or installs in several RUN instructions of a stage; "
        + "each layer carries its own index and cache, and the update can go stale.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var finding in CheckStage(context, stage))
            {
                yield return finding;
            }
        }
    }

    private IEnumerable<Finding> CheckStage(RuleContext context, Stage stage)
    {
        var groups = stage.PackageUses()
            .Where(use => BuildTooling.IsSystemManager(use.Command.Manager)
                && use.Command.Action is PackageAction.Update or PackageAction.Install)
            .GroupBy(use => Family(use.Command.Manager));
        foreach (var group in groups)
        {
            var reported = Reported(group.ToList());
            var layers = reported.Select(use => use.Run).Distinct().ToList();
            if (layers.Count < 2)
            {
                continue;
            }

            var lines = string.Join(", ", layers.Select(run =>
                context.Model.Locate(run.Span).Start.Line));
            var verb = Verb(reported);
            foreach (var use in reported.DistinctBy(use => use.Run))
            {
                yield return context.Report(Descriptor,
                    $"{use.Command.Command.ProgramName} {verb} in {layers.Count} RUN layers of "
                    + $"this stage (lines {lines}); do it once, in the RUN that installs "
                    + "everything, and clean up there.",
                    use.HeadSpan);
            }
        }
    }

    /// <summary>Reports the updates when the index is refreshed in several layers, the
    /// installs when they are spread (apk and dnf refresh as they install), and otherwise
    /// both: an update alone in its layer goes stale against the installs after it.</summary>
    private static List<PackageUse> Reported(List<PackageUse> uses)
    {
        var updates = uses.Where(use => use.Command.Action == PackageAction.Update).ToList();
        if (updates.Select(use => use.Run).Distinct().Count() >= 2)
        {
            return updates;
        }

        var installs = uses.Where(use => use.Command.Action == PackageAction.Install).ToList();
        return installs.Select(use => use.Run).Distinct().Count() >= 2 ? installs : uses;
    }

    private static string Verb(List<PackageUse> reported)
    {
        var updates = reported.Count(use => use.Command.Action == PackageAction.Update);
        return updates == reported.Count ? "updates its index"
            : updates == 0 ? "installs"
            : "updates and installs";
    }

    private static PackageManager Family(PackageManager manager) => manager switch
    {
        PackageManager.Aptitude => PackageManager.Apt,
        PackageManager.Yum or PackageManager.Microdnf => PackageManager.Dnf,
        _ => manager,
    };
}
