using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>Where the published application is, and what turns a build that runs through
/// <c>dotnet run</c> into a published one: a <c>dotnet publish</c> at the end of the builder
/// and a CMD on the DLL.</summary>
internal sealed class DotnetPublish
{
    private readonly string? target;
    private readonly Dictionary<CommandInstruction, CommandRewrite> rewrites = [];

    public DotnetPublish(
        Stage stage, DotnetBuild build, CommandInstruction? run, List<DotnetProject> projects)
    {
        Anchor = build.Run;
        Output = build.Output ?? (build.Folder == "/app"
            || build.Folder.StartsWith("/app/", StringComparison.Ordinal)
                ? "/app/publish"
                : "/app");
        var launch = run ?? DotnetRecipe.RunLaunch(stage);
        if (launch is null)
        {
            return;
        }

        var words = JavaLaunch.Words(launch);
        var folder = FolderAt(stage, launch);
        var project = DotnetBuild.Option(words, "--project", "--project");
        target = project is null ? folder
            : project.StartsWith('/') ? project
            : PythonPlan.Join(folder, project);
        var (dll, problem) = Assembly(project, projects);
        if (dll is null)
        {
            Problem = problem;
            return;
        }

        Rewrite(launch, words, $"{Output}/{dll}.dll");
    }

    /// <summary>The RUN after which the final stage copies the output.</summary>
    public RunInstruction Anchor { get; }

    /// <summary>The published folder, absolute.</summary>
    public string Output { get; }

    /// <summary>Why the application cannot be published and run, or null.</summary>
    public string? Problem { get; }

    /// <summary>The CMD or ENTRYPOINT rewritten from <c>dotnet run</c>.</summary>
    public IReadOnlyDictionary<CommandInstruction, CommandRewrite> Rewrites => rewrites;

    /// <summary>The publish the builder adds when the original did not publish; the
    /// original's build or restore ran before it, so it does not restore again.</summary>
    public IReadOnlyList<string> Tail(DotnetBuild build) => build.IsPublish || target is null
        ? []
        : [$"dotnet publish {target} -c Release -o {Output} --no-restore"];

    private static (string?, string?) Assembly(string? project, List<DotnetProject> projects)
    {
        var runnable = projects.Where(item => !item.IsTest).ToList();
        if (runnable.Count == 1)
        {
            return (runnable[0].AssemblyName, null);
        }

        if (project is not null && !project.Contains('$'))
        {
            var name = Path.GetFileName(project.TrimEnd('/'));
            return (DotnetProject.IsProjectFile(name) ? Path.GetFileNameWithoutExtension(name)
                : name, null);
        }

        return (null, runnable.Count > 1
            ? "`dotnet run` has no --project and the folder holds several projects"
            : "`dotnet run` names no project, and the build context was not given to read "
                + "the project file; the DLL to run is not known");
    }

    private void Rewrite(CommandInstruction launch, List<string> words, string dll)
    {
        // Arguments after `--` go to the program.
        var separator = words.IndexOf("--");
        var arguments = separator >= 0 ? words[(separator + 1)..] : [];
        var exec = string.Join(", ", new[] { "dotnet", dll }.Concat(arguments)
            .Select(word => $"\"{word}\""));
        var written = string.Join(' ', words);
        rewrites[launch] = new CommandRewrite($"{launch.Syntax.Keyword} [{exec}]",
            new ChangeExplanation(
                $"The {launch.Name} runs `dotnet {dll}` instead of `{written}`.",
                "`dotnet run` builds the project at every start and needs the SDK; the "
                + "published DLL starts at once on the runtime image."));
    }

    private static string FolderAt(Stage stage, Instruction target)
    {
        var folder = "/";
        foreach (var instruction in stage.Instructions.TakeWhile(item => item != target))
        {
            if (instruction.Name == "WORKDIR")
            {
                folder = PythonPlan.WorkdirAfter(instruction, folder);
            }
        }

        return folder;
    }
}
