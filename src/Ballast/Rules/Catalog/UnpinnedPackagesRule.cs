using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>The shape of the pinning rules: a package installed by name from a registry
/// without an exact version is reported, once per command, listing the names.</summary>
public abstract class UnpinnedPackagesRule : Rule
{
    /// <summary>The package managers this rule looks at.</summary>
    protected abstract IReadOnlySet<PackageManager> Managers { get; }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var use in ShellCommands.PackageUses(context.Model.ReachableStages))
        {
            var command = use.Command;
            if (!Managers.Contains(command.Manager) || command.Action != PackageAction.Install)
            {
                continue;
            }

            // A word holding a variable may carry a version the reader cannot see.
            var unpinned = command.Packages
                .Where(package => !package.IsPinned && !package.Word.HasExpansion)
                .ToList();
            if (unpinned.Count == 0)
            {
                continue;
            }

            var names = string.Join(", ", unpinned.Select(package => package.Name));
            var example = PinnedForm(command.Manager, unpinned[0].Name);
            yield return context.Report(Descriptor,
                $"unpinned: {names}; pin each to an exact version ({example}) so that "
                + "rebuilds install the same thing.",
                use.SpanOf(unpinned[0].Word));
        }
    }

    /// <summary>How <paramref name="manager"/> spells a pinned <paramref name="name"/>, with
    /// a placeholder for the version, so the advice reads in the command's own syntax.
    /// </summary>
    public static string PinnedForm(PackageManager manager, string name) => manager switch
    {
        PackageManager.Pip or PackageManager.Pipenv or PackageManager.Uv => $"{name}==VERSION",
        PackageManager.Npm or PackageManager.Yarn or PackageManager.Pnpm => $"{name}@VERSION",
        PackageManager.Gem => $"{name}:VERSION",
        PackageManager.Dnf or PackageManager.Yum or PackageManager.Microdnf
            or PackageManager.Zypper => $"{name}-VERSION",
        _ => $"{name}=VERSION",
    };
}
