using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>What the Python recipe learned about a stage before writing anything: the steps
/// of each RUN, where the dependency installs are, and how the system packages split.</summary>
public sealed class PythonPlan
{
    private PythonPlan(Stage stage)
    {
        Stage = stage;
    }

    /// <summary>The stage being restaged.</summary>
    public Stage Stage { get; }

    /// <summary>The steps of each RUN; a RUN kept whole has none.</summary>
    public Dictionary<RunInstruction, IReadOnlyList<Step>> Steps { get; } = [];

    /// <summary>The index of the last instruction that installs dependencies.</summary>
    public int LastDependencyIndex { get; private set; } = -1;

    /// <summary>The system packages, split between the stages.</summary>
    public SystemPackagePlan SystemPackages { get; private set; } = new();

    /// <summary>The original RUNs that installed system packages.</summary>
    public List<RunInstruction> PackageRuns { get; } = [];

    /// <summary>The context files the dependency installs read, with where they go.</summary>
    public List<(string Source, string Destination)> Manifests { get; } = [];

    /// <summary>Folders named by WORKDIR.</summary>
    public HashSet<string> Workdirs { get; } = new(StringComparer.Ordinal);

    /// <summary>Packaging tools installed with pip (poetry...).</summary>
    public List<string> Tools { get; } = [];

    /// <summary>Why the stage cannot be restaged, or null.</summary>
    public string? SkippedBecause { get; private set; }

    /// <summary>Analyses <paramref name="stage"/>.</summary>
    public static PythonPlan Make(
        DockerfileModel model,
        Stage stage,
        BaseImageFacts facts,
        PackageFacts packages,
        string? contextDirectory)
    {
        var plan = new PythonPlan(stage);
        plan.ReadWorkdirs();
        var reader = new StepReader(plan.Workdirs);
        var buildPrograms = new HashSet<string>(StringComparer.Ordinal);
        var systemPackages = new List<string>();
        var workdir = "/";
        for (var i = 0; i < stage.Instructions.Count; i++)
        {
            var instruction = stage.Instructions[i];
            if (instruction.Name == "WORKDIR")
            {
                workdir = WorkdirAfter(instruction, workdir);
            }

            if (instruction is not RunInstruction run)
            {
                continue;
            }

            var steps = reader.Read(run);
            if (steps is null)
            {
                if (InstallsSystemPackages(run))
                {
                    plan.SkippedBecause = $"the RUN at line {model.Locate(run.Span).Start.Line} "
                        + "installs system packages inside control flow or pipes, which the "
                        + "recipe cannot split safely";
                    return plan;
                }

                plan.Steps[run] = [];
                continue;
            }

            plan.Steps[run] = steps;
            plan.Absorb(i, run, steps, workdir, contextDirectory, buildPrograms, systemPackages);
        }

        if (plan.LastDependencyIndex < 0)
        {
            plan.SkippedBecause = "no Python dependency install (pip, poetry, pipenv, uv) was found";
            return plan;
        }

        plan.SystemPackages = SystemPackagePlan.Make(systemPackages, buildPrograms, facts.Release,
            packages);
        return plan;
    }

    /// <summary>True when a second stage removes something from the final image.</summary>
    public bool PaysOff(BaseImageFacts facts) =>
        facts.Variant == Variant.Full || facts.ShipsBuildTools || Tools.Count > 0
        || SystemPackages.Builder.Count > 0;

    private void Absorb(
        int index,
        RunInstruction run,
        IReadOnlyList<Step> steps,
        string workdir,
        string? contextDirectory,
        HashSet<string> buildPrograms,
        List<string> systemPackages)
    {
        foreach (var step in steps)
        {
            switch (step.Kind)
            {
                case StepKind.SystemPackages:
                    systemPackages.AddRange(step.Package!.Packages.Select(package => package.Name));
                    if (!PackageRuns.Contains(run))
                    {
                        PackageRuns.Add(run);
                    }

                    break;
                case StepKind.Tool:
                    Tools.AddRange(step.Package!.Packages.Select(package => package.Name));
                    break;
                case StepKind.Dependencies:
                    LastDependencyIndex = index;
                    if (step.IsManifestInstall)
                    {
                        AddManifests(step.Package!, workdir, contextDirectory);
                    }

                    break;
                case StepKind.Source when step.Program is { } program:
                    buildPrograms.Add(program);
                    break;
            }
        }
    }

    private void AddManifests(PackageCommand command, string workdir, string? contextDirectory)
    {
        var files = command.Manager switch
        {
            PackageManager.Poetry => ["pyproject.toml", "poetry.lock"],
            PackageManager.Pipenv => ["Pipfile", "Pipfile.lock"],
            PackageManager.Uv => ["pyproject.toml", "uv.lock"],
            _ => command.RequirementFiles.Select(word => word.Value).OfType<string>().ToList(),
        };
        var copyRoot = WholeContextDestination();
        foreach (var file in files)
        {
            var destination = file.StartsWith('/') ? file : Join(workdir, file);
            var source = copyRoot is not null && destination.StartsWith(copyRoot.TrimEnd('/') + "/",
                StringComparison.Ordinal)
                ? destination[(copyRoot.TrimEnd('/').Length + 1)..]
                : Path.GetFileName(file);
            if (contextDirectory is not null && file.EndsWith(".lock", StringComparison.Ordinal)
                && !File.Exists(Path.Combine(contextDirectory, source)))
            {
                continue;
            }

            if (!Manifests.Contains((source, destination)))
            {
                Manifests.Add((source, destination));
            }
        }
    }

    private string? WholeContextDestination()
    {
        var workdir = "/";
        foreach (var instruction in Stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = WorkdirAfter(instruction, workdir);
            }

            if (instruction is CopyInstruction { CopiesWholeContext: true } copy
                && copy.ExpandedDestination is { } destination)
            {
                return destination.StartsWith('/') ? destination : Join(workdir, destination);
            }
        }

        return null;
    }

    private void ReadWorkdirs()
    {
        var workdir = "/";
        foreach (var instruction in Stage.Instructions.Where(i => i.Name == "WORKDIR"))
        {
            workdir = WorkdirAfter(instruction, workdir);
            Workdirs.Add(workdir.TrimEnd('/'));
        }
    }

    private static bool InstallsSystemPackages(RunInstruction run) =>
        run.Commands?.Commands.Any(command => PackageCommandReader.Read(command) is
            { Action: PackageAction.Install } package
            && Rules.BuildTooling.IsSystemManager(package.Manager)) == true;

    /// <summary>The working directory after a WORKDIR instruction.</summary>
    public static string WorkdirAfter(Instruction instruction, string current)
    {
        var path = instruction.Expand(instruction.Syntax.Arguments.FirstOrDefault()?.Text ?? "");
        return path.StartsWith('/') ? path : Join(current, path);
    }

    /// <summary>Joins a folder and a relative path the way WORKDIR and COPY do.</summary>
    public static string Join(string folder, string path)
    {
        path = path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path;
        if (path is "." or "")
        {
            return folder;
        }

        return folder.EndsWith('/') ? folder + path : folder + "/" + path;
    }
}
