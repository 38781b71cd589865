using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>What a Ruby or PHP restage learned about the stage before writing: each RUN's
/// steps (reclassified for the ecosystem), where the dependency install is, and how the system
/// packages split between the stages.</summary>
public sealed class ApplicationPlan
{
    // Steps that configure the web server or PHP outside the application folder: the final
    // stage must run them too, or it loses the configuration.
    private static readonly HashSet<string> ConfigurationPrograms =
    [
        "a2enmod", "a2dismod", "a2ensite", "a2dissite", "a2enconf", "a2disconf", "phpenmod",
        "phpdismod", "update-ca-certificates",
    ];

    private static readonly string[] ConfigurationPaths =
    [
        "/etc/", "/usr/local/etc/", "$PHP_INI_DIR", "${PHP_INI_DIR}", "$APACHE_CONFDIR",
        "${APACHE_CONFDIR}",
    ];

    private static readonly HashSet<string> AccountPrograms =
        ["useradd", "adduser", "groupadd", "addgroup", "usermod"];

    private ApplicationPlan(Stage stage) => Stage = stage;

    /// <summary>The stage being restaged.</summary>
    public Stage Stage { get; }

    /// <summary>The steps of each RUN that could be split; RUNs kept whole are absent.</summary>
    public Dictionary<RunInstruction, IReadOnlyList<Step>> Steps { get; } = [];

    /// <summary>RUNs kept whole that both stages run (configuration, accounts).</summary>
    public HashSet<RunInstruction> WholeInBoth { get; } = [];

    /// <summary>The index of the instruction with the last dependency install.</summary>
    public int LastDependencyIndex { get; private set; } = -1;

    /// <summary>The system packages as the original installed them, in first-seen order.
    /// </summary>
    public List<string> OriginalPackages { get; } = [];

    /// <summary>The system packages, split between the stages.</summary>
    public SystemPackagePlan SystemPackages { get; private set; } = new();

    /// <summary>The system package manager the original used.</summary>
    public PackageManager? SystemManager { get; private set; }

    /// <summary>The RUNs that installed or updated system packages.</summary>
    public List<RunInstruction> PackageRuns { get; } = [];

    /// <summary>Why the stage cannot be restaged, or null.</summary>
    public string? SkippedBecause { get; private set; }

    /// <summary>Reads <paramref name="stage"/> for <paramref name="layout"/>.</summary>
    public static ApplicationPlan Make(
        DockerfileModel model,
        Stage stage,
        ApplicationLayout layout,
        BaseImageFacts facts,
        PackageFacts packages)
    {
        var plan = new ApplicationPlan(stage);
        var reader = new StepReader(Workdirs(stage));
        for (var i = 0; i < stage.Instructions.Count && plan.SkippedBecause is null; i++)
        {
            if (stage.Instructions[i] is not RunInstruction run)
            {
                continue;
            }

            var line = model.Locate(run.Span).Start.Line;
            if (reader.Read(run) is { } steps)
            {
                plan.Absorb(i, run, steps, layout, line);
            }
            else
            {
                plan.KeepWhole(run, layout, line, model.Source.Text.Substring(
                    run.Span.Start, run.Span.Length));
            }
        }

        if (plan.SkippedBecause is null && SourcesAtRoot(stage) is { } copy)
        {
            plan.SkippedBecause = $"the COPY at line {model.Locate(copy.Span).Start.Line} puts "
                + "the sources at / (no WORKDIR); the final stage could only copy the whole "
                + "builder";
        }

        if (plan.SkippedBecause is null && plan.LastDependencyIndex < 0)
        {
            plan.SkippedBecause = $"no {layout.Ecosystem} dependency install was found";
        }

        plan.SystemPackages = SystemPackagePlan.Make(plan.OriginalPackages, layout.BuildPackages,
            facts.Release, packages);
        return plan;
    }

    private void Absorb(
        int index,
        RunInstruction run,
        IReadOnlyList<Step> steps,
        ApplicationLayout layout,
        int line)
    {
        var classified = steps.Select(step => Reclassify(step, layout)).ToList();
        Steps[run] = classified;
        foreach (var step in classified)
        {
            if (step.Kind == StepKind.Dependencies)
            {
                LastDependencyIndex = index;
            }

            if (step.Package is { } package && BuildTooling.IsSystemManager(package.Manager))
            {
                AddOnce(PackageRuns, run);
                if (SystemManager is { } known && known != package.Manager)
                {
                    SkippedBecause = $"the RUN at line {line} mixes package managers";
                }

                SystemManager = package.Manager;
            }

            if (step.Kind == StepKind.SystemPackages)
            {
                foreach (var name in step.Package!.Packages.Select(package => package.Name))
                {
                    AddOnce(OriginalPackages, name);
                }
            }
        }
    }

    private static Step Reclassify(Step step, ApplicationLayout layout)
    {
        if (step.Package is { } package && layout.IsDependencyInstall(package))
        {
            return step with { Kind = StepKind.Dependencies };
        }

        if (step.Kind is StepKind.Source or StepKind.Tool && layout.IsToolStep(step))
        {
            return step with { Kind = StepKind.Tool };
        }

        if (step.Kind == StepKind.Source && Configures(step.Program, step.Text))
        {
            return step with { Kind = StepKind.Runtime };
        }

        return step;
    }

    private void KeepWhole(RunInstruction run, ApplicationLayout layout, int line, string text)
    {
        var commands = run.Commands?.Commands ?? [];
        var readings = commands.Select(PackageCommandReader.Read).OfType<PackageCommand>().ToList();
        if (readings.Any(package => package.Action == PackageAction.Install
            && (BuildTooling.IsSystemManager(package.Manager)
                || layout.IsDependencyInstall(package))))
        {
            SkippedBecause = $"the RUN at line {line} installs packages in a form the recipe keeps "
                + "whole (a heredoc, control flow, pipes, redirections, cd or set), so it cannot "
                + "split them safely";
            return;
        }

        if (commands.Any(command => command.ProgramName is { } program
            && (AccountPrograms.Contains(program) || Configures(program, text))))
        {
            WholeInBoth.Add(run);
        }
    }

    private static bool Configures(string? program, string text) =>
        (program is not null && ConfigurationPrograms.Contains(program))
        || ConfigurationPaths.Any(path => text.Contains(path, StringComparison.Ordinal));

    private static CopyInstruction? SourcesAtRoot(Stage stage)
    {
        var workdir = "/";
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }

            if (instruction is CopyInstruction { CopiesWholeContext: true } copy
                && copy.ExpandedDestination is { } destination
                && (destination.StartsWith('/') ? destination : PythonPlan.Join(workdir,
                    destination)).TrimEnd('/').Length == 0)
            {
                return copy;
            }
        }

        return null;
    }

    private static HashSet<string> Workdirs(Stage stage)
    {
        var workdirs = new HashSet<string>(StringComparer.Ordinal);
        var workdir = "/";
        foreach (var instruction in stage.Instructions.Where(i => i.Name == "WORKDIR"))
        {
            workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            workdirs.Add(workdir.TrimEnd('/'));
        }

        return workdirs;
    }

    private static void AddOnce<T>(List<T> list, T item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }
}
