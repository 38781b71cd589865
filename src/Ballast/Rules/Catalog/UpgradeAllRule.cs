using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL431: upgrading every package of the distribution in a build makes the image
/// depend on the day it was built, and duplicates files of the base image's layers.</summary>
public sealed class UpgradeAllRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL431",
        "whole distribution upgraded in the build",
        Category.Correctness,
        Severity.Warning,
        "Upgrading every installed package makes two builds of the same file differ and "
        + "copies every upgraded file into a new layer; use a newer base image instead.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var use in ShellCommands.PackageUses(context.Model.ReachableStages))
        {
            var command = use.Command;
            if (!ShellCommands.System.Contains(command.Manager)
                || command.Action is not (PackageAction.Upgrade or PackageAction.DistUpgrade)
                || command.Packages.Count > 0)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"'{command.Command.ProgramName} {command.SubcommandText}' upgrades the whole "
                + "distribution; pull a newer base image, or upgrade only the packages that "
                + "need it.",
                use.HeadSpan);
        }
    }
}
