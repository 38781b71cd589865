using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>Plans the <c>dotnet restore</c> ahead of the sources: the project files, the
/// solution and the NuGet settings are copied before the COPY of the whole context, so that
/// a source change reuses the restored packages.</summary>
internal sealed class DotnetRestore(
    DockerfileModel model, Stage stage, DotnetBuild build, SourceCopy? sources,
    string? contextDirectory)
{
    private readonly List<ChangeExplanation> changes = [];

    /// <summary>Why the restore step was added or left out.</summary>
    public IReadOnlyList<ChangeExplanation> Changes => changes;

    /// <summary>The lines to write before the COPY of the sources, keyed by that COPY.
    /// </summary>
    public IReadOnlyDictionary<Instruction, IReadOnlyList<string>> Inserts()
    {
        var inserts = new Dictionary<Instruction, IReadOnlyList<string>>();
        if (sources is null || AlreadyFirst())
        {
            return inserts;
        }

        var root = sources.ContextFolder(contextDirectory, sources.Folder);
        var files = root is null ? [] : DotnetProject.RestoreFiles(root);
        if (files.Count == 0)
        {
            changes.Add(new ChangeExplanation("No restore was added ahead of the sources.",
                "Limitation: the project files are listed from the build context, which was "
                + "not given or holds none."));
            return inserts;
        }

        var command = Command(files);
        var flags = new InstructionSource(model.Syntax).Flags(build.Run.Syntax);
        inserts[sources.Copy] = sources.Lines("Project files first: a source change keeps "
            + "the restored packages cached.", files, flags, command);
        changes.Add(new ChangeExplanation(
            $"The builder copies {string.Join(", ", files)} and runs `{command}` before the "
            + "sources.",
            "The package restore then sits in a layer that only a change to the project "
            + "files invalidates, instead of being repeated after every source change."));
        return inserts;
    }

    private bool AlreadyFirst() =>
        sources!.FollowsCopyOf(stage, DotnetProject.IsRestoreFile)
        || stage.Instructions.TakeWhile(item => item != sources.Copy).OfType<RunInstruction>()
            .Any(run => run.Commands?.Commands.Any(command => command.ProgramName == "dotnet"
                && command.Arguments.Count > 0 && command.Arguments[0].Is("restore")) == true);

    private string Command(List<string> files)
    {
        var relative = sources!.Destination == "./" && build.Folder == sources.Folder;
        // One solution at the root restores every project, the tests' packages included.
        var solutions = files.Where(file => !file.Contains('/')
            && (file.EndsWith(".sln", StringComparison.Ordinal)
                || file.EndsWith(".slnx", StringComparison.Ordinal))).ToList();
        var target = solutions.Count == 1 && sources.Destination == "./"
            ? " " + solutions[0]
            : build.Project is null
            ? (relative ? "" : " " + build.Folder)
            : " " + (relative ? build.Project : build.ProjectPath);
        var runtime = build.RuntimeIdentifier is { } identifier ? " -r " + identifier : "";
        return "dotnet restore" + target + runtime;
    }
}
