using Ballast.Model;
using Ballast.Rules;
using Ballast.Rules.Catalog;
using Ballast.Shell;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>Splits a RUN into classified steps. A RUN with control flow, pipes or subshells
/// stays whole: its commands cannot be moved apart safely.</summary>
public sealed class StepReader(IReadOnlySet<string> workdirs)
{
    /// <summary>The steps of <paramref name="run"/>; null when the RUN must stay whole.</summary>
    public IReadOnlyList<Step>? Read(RunInstruction run)
    {
        if (run.Commands is not { } script || script.Diagnostics.Count > 0
            || run.Syntax.Heredocs.Count > 0 || script.Commands.Any(ChangesShellState))
        {
            return null;
        }

        var commands = script.Commands
            .Where(command => !IsSubstitution(command, script.Commands)).ToList();
        if (!commands.All(IsPlain))
        {
            return null;
        }

        var steps = new List<Step>();
        foreach (var unit in Units(commands))
        {
            if (unit.Count == 1)
            {
                steps.Add(Classify(run, script, unit[0]));
                continue;
            }

            // A pipe that feeds a package manager keeps the RUN whole; one that only fetches
            // and runs an installer (curl | php) moves as one step.
            if (unit.Any(command => PackageCommandReader.Read(command) is not null))
            {
                return null;
            }

            var text = script.Text[unit[0].Span.Start..unit[^1].Span.End];
            steps.Add(new Step(StepKind.Source, text, run) { Program = unit[0].ProgramName });
        }

        return steps;
    }

    /// <summary>Commands whose effect carries over to the commands after them in the same
    /// shell (options, folder, variables): splitting the RUN apart would lose it.</summary>
    private static bool ChangesShellState(ShellCommand command) => command.ProgramName is
        "set" or "cd" or "export" or "source" or "." or "unset" or "umask" or "shopt"
        or "trap" or "exec" or "pushd" or "popd" or "alias";

    /// <summary>True for a command inside a <c>$( )</c> in another command's word, such as the
    /// <c>nproc</c> of <c>make -j$(nproc)</c>: it moves with the command around it.</summary>
    private static bool IsSubstitution(ShellCommand command, IReadOnlyList<ShellCommand> all) =>
        command.InSubshell && !command.IsWrapped && PackageCommandReader.Read(command) is null
        && all.Any(outer => !ReferenceEquals(outer, command) && !outer.InSubshell
            && outer.Span.Start < command.Span.Start && command.Span.End <= outer.Span.End);

    private static bool IsPlain(ShellCommand command) =>
        !command.InSubshell && !command.IsConditional && !command.IsWrapped
        && !command.IsBackground && command.Redirections.Count == 0;

    /// <summary>The commands one by one, a pipeline's commands together.</summary>
    private static List<List<ShellCommand>> Units(List<ShellCommand> commands)
    {
        var units = new List<List<ShellCommand>>();
        foreach (var command in commands)
        {
            if (command.Pipeline is { Index: > 0 } && units.Count > 0
                && units[^1][0].Pipeline?.Pipeline == command.Pipeline?.Pipeline)
            {
                units[^1].Add(command);
                continue;
            }

            units.Add([command]);
        }

        return units;
    }

    private Step Classify(RunInstruction run, ShellScript script, ShellCommand command)
    {
        var text = script.Text.Substring(command.Span.Start, command.Span.Length);
        var program = command.ProgramName;
        if (PackageCommandReader.Read(command) is { } package)
        {
            return FromPackage(run, text, package) with { Program = program };
        }

        var kind = program switch
        {
            "rm" when RemovesPackageLists(command) => StepKind.Dropped,
            "mkdir" when CreatesOnlyWorkdirs(command) => StepKind.Dropped,
            "mkdir" or "useradd" or "adduser" or "groupadd" or "addgroup" or "usermod"
                or "ln" when !TouchesApplication(command) => StepKind.Runtime,
            _ => StepKind.Source,
        };
        return new Step(kind, text, run) { Program = program };
    }

    private static Step FromPackage(RunInstruction run, string text, PackageCommand package)
    {
        if (BuildTooling.IsSystemManager(package.Manager))
        {
            return package.Action == PackageAction.Install
                ? new Step(StepKind.SystemPackages, text, run, package)
                : new Step(StepKind.Dropped, text, run, package);
        }

        var manifest = ContextCopiedBeforeDependenciesRule.IsManifestInstall(
            new PackageUse(run, package));
        if (package.Manager == PackageManager.Pip && package.Action == PackageAction.Install)
        {
            if (package.Packages.Count > 0 && package.Packages.All(BuildTooling.IsPackagingTool))
            {
                return new Step(StepKind.Tool, text, run, package);
            }

            var fromSource = package.Packages.Any(
                argument => argument.Origin != PackageOrigin.Registry
                    && package.RequirementFiles.Count == 0);
            return new Step(StepKind.Dependencies, text, run, package, manifest && !fromSource)
            {
                NeedsSource = fromSource,
            };
        }

        if (package.Manager is PackageManager.Poetry or PackageManager.Pipenv or PackageManager.Uv)
        {
            return new Step(StepKind.Dependencies, text, run, package, manifest);
        }

        return new Step(StepKind.Source, text, run, package);
    }

    private static bool RemovesPackageLists(ShellCommand command) =>
        command.Arguments.Any(word => word.Value is { } value
            && value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal));

    private bool CreatesOnlyWorkdirs(ShellCommand command)
    {
        var paths = command.Arguments.Where(word => !word.IsOption).ToList();
        return paths.Count > 0 && paths.All(word => word.Value is { } value
            && workdirs.Contains(value.TrimEnd('/')));
    }

    private bool TouchesApplication(ShellCommand command) =>
        command.Arguments.Any(word => word.Value is { } value
            && workdirs.Any(workdir => value.StartsWith(workdir + "/", StringComparison.Ordinal)));
}
