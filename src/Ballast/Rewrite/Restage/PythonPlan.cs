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

    /// <summary>The build context, when known.</summary>
    public string? ContextDirectory { get; private set; }

    /// <summary>RUNs kept whole that install Python dependencies: they need the virtual
    /// environment and the sources.</summary>
    public HashSet<RunInstruction> OpaqueDependencyRuns { get; } = [];

    /// <summary>Every original RUN that used apt, updates included.</summary>
    public List<RunInstruction> AptRuns { get; } = [];

    /// <summary>True once the builder copied the manifests ahead of the sources.</summary>
    public bool ManifestsWritten { get; set; }

    /// <summary>The original RUNs that installed system packages.</summary>
    public List<RunInstruction> PackageRuns { get; } = [];

    /// <summary>The context files the dependency installs read, with where they go.</summary>
    public List<(string Source, string Destination)> Manifests { get; } = [];

    /// <summary>Folders named by WORKDIR.</summary>
    public HashSet<string> Workdirs { get; } = new(StringComparer.Ordinal);

    /// <summary>Packaging tools installed with pip (poetry...).</summary>
    public List<string> Tools { get; } = [];

    /// <summary>Programs the health check calls that the full image has and the slim one
    /// lacks (curl, wget): the final stage installs them.</summary>
    public List<string> HealthPackages { get; } = [];

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
        var plan = new PythonPlan(stage) { ContextDirectory = contextDirectory };
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
                        + "installs system packages in a form the recipe keeps whole (a heredoc, "
                        + "control flow, pipes, cd or set), so it cannot split them safely";
                    return plan;
                }

                plan.Steps[run] = [];
                if (InstallsPythonDependencies(run) && UsesPipUser(run))
                {
                    plan.SkippedBecause = $"the RUN at line {model.Locate(run.Span).Start.Line} "
                        + "runs pip install --user in a form the recipe keeps whole; pip refuses "
                        + "--user inside the virtual environment the final stage copies";
                    return plan;
                }

                if (InstallsPythonDependencies(run))
                {
                    plan.OpaqueDependencyRuns.Add(run);
                    plan.LastDependencyIndex = i;
                }

                continue;
            }

            steps = steps.Select(plan.WithFolderKind).ToList();
            plan.Steps[run] = steps;
            plan.Absorb(i, run, steps, workdir, contextDirectory, buildPrograms, systemPackages);
        }

        if (plan.SourcesAtRoot() is { } line)
        {
            plan.SkippedBecause = $"the COPY at line {model.Locate(line).Start.Line} puts the "
                + "sources at / (no WORKDIR); the final stage could only copy the whole builder";
            return plan;
        }

        if (plan.LastDependencyIndex < 0)
        {
            plan.SkippedBecause =
                "no Python dependency install (pip, poetry, pipenv, uv) was found";
            return plan;
        }

        plan.SystemPackages = SystemPackagePlan.Make(systemPackages, buildPrograms, facts.Release,
            packages);
        plan.AddHealthPackages(facts);
        return plan;
    }

    // The full python images are built on buildpack-deps, which has curl and wget; the slim
    // images have neither, so a health check calling them would always fail there.
    private void AddHealthPackages(BaseImageFacts facts)
    {
        if (facts.Variant != Variant.Full || facts.Distro is not (Distro.Debian or Distro.Ubuntu))
        {
            return;
        }

        var programs = ShellNeeds.Of(Stage).Programs.Concat(LaunchPrograms());
        HealthPackages.AddRange(programs.Distinct().Except(SystemPackages.Runtime));
    }

    // A CMD or ENTRYPOINT that fetches something first (sh -c "curl ... && python app.py").
    private IEnumerable<string> LaunchPrograms() =>
        Stage.OfType<CommandInstruction>()
            .Where(command => command.Name is "CMD" or "ENTRYPOINT")
            .SelectMany(command => command.Command)
            .SelectMany(words => words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(Path.GetFileName)
            .Where(program => program is "curl" or "wget")
            .OfType<string>();

    /// <summary>Marks a mkdir, chown, chgrp or chmod on absolute paths inside the application's
    /// folders: ownership set in the builder does not survive the copy to the final stage.
    /// </summary>
    private Step WithFolderKind(Step step)
    {
        if (step.Kind != StepKind.Source || step.Package is not null
            || step.Program is not ("mkdir" or "chown" or "chgrp" or "chmod"))
        {
            return step;
        }

        // chown, chgrp and chmod take the owner or mode first; only the paths follow.
        var paths = step.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Where(word => !word.StartsWith('-')).Skip(step.Program == "mkdir" ? 0 : 1).ToList();
        var inApplication = paths.Count > 0 && paths.All(path => Workdirs.Any(workdir =>
            workdir.Length > 0 && (path.StartsWith(workdir + "/", StringComparison.Ordinal)
                || path.TrimEnd('/') == workdir)));
        return inApplication ? step with { Kind = StepKind.Folders } : step;
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
                case StepKind.Dropped when step.Package is { } dropped
                    && Rules.BuildTooling.IsSystemManager(dropped.Manager):
                    AddOnce(AptRuns, run);
                    break;
                case StepKind.SystemPackages:
                    AddOnce(AptRuns, run);
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
            PackageManager.Uv
                when command.SubcommandText.StartsWith("pip", StringComparison.Ordinal)
                => WithIncludes(UvRequirementFiles(command), workdir, contextDirectory),
            PackageManager.Uv => ["pyproject.toml", "uv.lock"],
            _ => WithIncludes(command.RequirementFiles.Select(word => word.Value).OfType<string>(),
                workdir, contextDirectory),
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

    // uv pip sync takes its requirement files as operands, uv pip install with -r.
    private static IEnumerable<string> UvRequirementFiles(PackageCommand command) =>
        command.RequirementFiles.Select(word => word.Value)
            .Concat(command.SubcommandText == "pip sync"
                ? command.Packages.Select(package => package.Word.Value)
                : [])
            .OfType<string>();

    /// <summary>Requirement files and the files they include with <c>-r</c> or <c>-c</c>,
    /// read from the context when it is known.</summary>
    private List<string> WithIncludes(IEnumerable<string> files, string workdir, string? context)
    {
        var result = new List<string>();
        var pending = new Queue<string>(files);
        while (pending.Count > 0 && result.Count < 64)
        {
            var file = pending.Dequeue();
            if (result.Contains(file))
            {
                continue;
            }

            result.Add(file);
            var local = context is null || file.StartsWith('/')
                ? null
                : Path.Combine(context, file);
            if (local is null || !File.Exists(local))
            {
                continue;
            }

            foreach (var line in File.ReadLines(local))
            {
                var parts = line.Trim().Split((char[])[' ', '='], 2,
                    StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (parts.Length == 2
                    && parts[0] is "-r" or "--requirement" or "-c" or "--constraint")
                {
                    var folder = Path.GetDirectoryName(file) ?? "";
                    pending.Enqueue(folder.Length == 0 ? parts[1] : folder + "/" + parts[1]);
                }
            }
        }

        return result;
    }

    /// <summary>The span of a COPY of the context to <c>/</c>, or null.</summary>
    private Ballast.Text.TextSpan? SourcesAtRoot() =>
        ContextCopies().FirstOrDefault(copy => copy.Destination.TrimEnd('/').Length == 0)
            .Copy?.Span;

    private static bool InstallsPythonDependencies(RunInstruction run) =>
        run.Commands?.Commands.Any(command => PackageCommandReader.Read(command) is
            { Manager: PackageManager.Pip or PackageManager.Poetry or PackageManager.Pipenv
                or PackageManager.Uv } package
            && package.Action == PackageAction.Install) == true;

    private static bool UsesPipUser(RunInstruction run) =>
        run.Commands?.Commands.Any(command => PackageCommandReader.Read(command) is
            { Manager: PackageManager.Pip, Action: PackageAction.Install } pip
            && pip.HasOption("--user")) == true;

    private static void AddOnce(List<RunInstruction> runs, RunInstruction run)
    {
        if (!runs.Contains(run))
        {
            runs.Add(run);
        }
    }

    private string? WholeContextDestination() =>
        ContextCopies().FirstOrDefault(copy => copy.Copy.CopiesWholeContext).Destination;

    /// <summary>Every COPY from the build context with its destination made absolute against
    /// the WORKDIR in effect at it.</summary>
    public IEnumerable<(CopyInstruction Copy, string Destination)> ContextCopies()
    {
        var workdir = "/";
        foreach (var instruction in Stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = WorkdirAfter(instruction, workdir);
            }

            if (instruction is CopyInstruction { FromContext: true } copy
                && copy.ExpandedDestination is { } destination)
            {
                yield return (copy, destination.StartsWith('/')
                    ? destination
                    : Join(workdir, destination));
            }
        }
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
