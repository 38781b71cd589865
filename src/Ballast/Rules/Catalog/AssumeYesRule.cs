using Ballast.Rewrite;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL432: an install that asks for confirmation stops the build: nobody is there to
/// answer, so the package manager reads end of input and gives up.</summary>
public sealed class AssumeYesRule : Rule
{
    private static readonly IReadOnlySet<PackageManager> Prompting = new HashSet<PackageManager>
    {
        PackageManager.Apt, PackageManager.Aptitude, PackageManager.Dnf, PackageManager.Yum,
        PackageManager.Zypper,
    };

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL432",
        "install without -y",
        Category.Correctness,
        Severity.Error,
        "apt-get, dnf, yum and zypper ask before installing or removing; in a build nobody "
        + "answers and the step fails. Pass -y.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var use in ShellCommands.PackageUses(context.Model.ReachableStages))
        {
            var command = use.Command;
            if (!Prompting.Contains(command.Manager) || command.AssumeYes || !Prompts(command)
                || command.Command.Pipeline is { Index: > 0 })
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"'{command.Command.ProgramName} {command.SubcommandText}' asks for "
                + "confirmation, which fails a build; add -y.",
                use.HeadSpan, Fix(use));
        }
    }

    // Installing, upgrading and removing ask; updating the indexes does not. A command fed
    // by a pipe (yes | apt-get install) gets its answers from there.
    private static bool Prompts(PackageCommand command) => command.Action
        is PackageAction.Install or PackageAction.Reinstall or PackageAction.Remove
        or PackageAction.Purge or PackageAction.AutoRemove or PackageAction.Upgrade
        or PackageAction.DistUpgrade;

    private static Fix? Fix(PackageUse use) =>
        use.InsertionOffset is { } offset
            ? new Fix("Add -y so the install does not wait for an answer.",
                [new Edit(new TextSpan(offset, 0), " -y")])
            : null;
}
