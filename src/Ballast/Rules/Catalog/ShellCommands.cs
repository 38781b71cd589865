using Ballast.Model;
using Ballast.Shell;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>Walks the parsed commands of RUNs, the queries the shell rules share.</summary>
internal static class ShellCommands
{
    /// <summary>The operating system package managers.</summary>
    public static IReadOnlySet<PackageManager> System { get; } = new HashSet<PackageManager>
    {
        PackageManager.Apt, PackageManager.Aptitude, PackageManager.Apk, PackageManager.Dnf,
        PackageManager.Yum, PackageManager.Microdnf, PackageManager.Zypper,
    };

    /// <summary>Every simple command of every shell RUN in <paramref name="stages"/>, with
    /// its RUN and script.</summary>
    public static IEnumerable<(RunInstruction Run, ShellScript Script, ShellCommand Command)>
        In(IEnumerable<Stage> stages)
    {
        foreach (var stage in stages)
        {
            foreach (var run in stage.OfType<RunInstruction>())
            {
                if (run.Commands is not { } script)
                {
                    continue;
                }

                foreach (var command in script.Commands)
                {
                    yield return (run, script, command);
                }
            }
        }
    }

    /// <summary>Every package command of the RUNs in <paramref name="stages"/>.</summary>
    public static IEnumerable<PackageUse> PackageUses(IEnumerable<Stage> stages) =>
        stages.SelectMany(stage => stage.PackageUses());
}
