using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Plans the dependency download of a Go or Node build ahead of the COPY of the whole
/// context: the manifests that exist in the context are copied first and the dependencies
/// fetched, so a source change keeps that layer cached (and BL201 stays quiet). Only with
/// the context given, since the files must exist.
/// </summary>
internal sealed class ManifestsFirst(DockerfileModel model, Stage stage, string? contextDirectory)
{
    private readonly List<ChangeExplanation> changes = [];

    /// <summary>Why the manifests were copied first, or why not.</summary>
    public IReadOnlyList<ChangeExplanation> Changes => changes;

    /// <summary>The instruction moved ahead of the sources, which the builder then skips
    /// where it was; null when none moved.</summary>
    public Instruction? Moved { get; private set; }

    /// <summary>Go: copies go.mod (and go.sum) and runs <c>go mod download</c> before the
    /// sources, unless the original already downloads or copies go.mod first.</summary>
    public IReadOnlyDictionary<Instruction, IReadOnlyList<string>> Go(RunInstruction build)
    {
        var inserts = new Dictionary<Instruction, IReadOnlyList<string>>();
        var sources = SourceCopy.Before(stage, build);
        if (sources is null || sources.FollowsCopyOf(stage, name => name == "go.mod")
            || Runs(command => command.ProgramName == "go" && command.Arguments.Count > 1
                && command.Arguments[0].Is("mod") && command.Arguments[1].Is("download")))
        {
            return inserts;
        }

        var folder = sources.ContextFolder(contextDirectory, sources.Folder);
        if (Gap(folder, "go.mod") is { } gap)
        {
            changes.Add(new ChangeExplanation("No module download was added ahead of the "
                + "sources.", gap));
            return inserts;
        }

        var files = Existing(folder!, "go.mod", "go.sum");
        inserts[sources.Copy] = sources.Lines("Module files first: a source change keeps the "
            + "downloaded modules cached.", files, Flags(build), "go mod download");
        Explain(files, "go mod download");
        return inserts;
    }

    /// <summary>Node: moves the install RUN ahead of the sources, after a COPY of
    /// package.json, the lock file and the package manager's settings that exist.</summary>
    public IReadOnlyDictionary<Instruction, IReadOnlyList<string>> Node(RunInstruction install)
    {
        var inserts = new Dictionary<Instruction, IReadOnlyList<string>>();
        var sources = SourceCopy.Before(stage, install);
        if (sources is null || sources.FollowsCopyOf(stage, name => name == "package.json"))
        {
            return inserts;
        }

        var folder = sources.ContextFolder(contextDirectory, sources.Folder);
        var gap = Gap(folder, "package.json") ?? MoveGap(sources, install);
        if (gap is not null)
        {
            changes.Add(new ChangeExplanation("The install still runs after the COPY of the "
                + "whole context.", gap));
            return inserts;
        }

        var files = Existing(folder!, "package.json", "package-lock.json",
            "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", ".npmrc", ".yarnrc.yml");
        var source = new InstructionSource(model.Syntax);
        var lines = sources.Lines("Dependency manifests first: a source change keeps the "
            + "installed packages cached.", files, "").ToList();
        lines.Add(source.Text(install.Syntax));
        inserts[sources.Copy] = lines;
        Moved = install;
        Explain(files, install.Commands!.Commands[0].ToString());
        return inserts;
    }

    private string? Gap(string? folder, string manifest)
    {
        if (contextDirectory is null)
        {
            return $"the build context was not given, so which of {manifest} and its lock "
                + "files exist is not known.";
        }

        return folder is null || !File.Exists(Path.Combine(folder, manifest))
            ? $"{manifest} is not at the root of the copied context."
            : null;
    }

    // The install can move only when it is one command and nothing between the COPY and it
    // changes what it sees.
    private string? MoveGap(SourceCopy sources, RunInstruction install)
    {
        if (install.Commands is not { Commands.Count: 1 })
        {
            return "the install's RUN does more than install, and the rest may need the sources.";
        }

        var between = stage.Instructions.SkipWhile(item => item != sources.Copy).Skip(1)
            .TakeWhile(item => item != install);
        return between.Any(item => item.Name is not ("EXPOSE" or "LABEL"))
            ? "instructions between the COPY and the install may change what the install sees."
            : null;
    }

    private void Explain(IReadOnlyList<string> files, string command) =>
        changes.Add(new ChangeExplanation(
            $"The builder copies {string.Join(", ", files)} and runs `{command}` before the "
            + "rest of the sources.",
            "The dependency layer then changes only when the manifests do, instead of after "
            + "every source change."));

    private static List<string> Existing(string folder, params string[] names) =>
        names.Where(name => File.Exists(Path.Combine(folder, name))).ToList();

    private bool Runs(Func<Shell.ShellCommand, bool> matches) =>
        stage.OfType<RunInstruction>().Any(run => run.Commands?.Commands.Any(matches) == true);

    private string Flags(RunInstruction run) =>
        new InstructionSource(model.Syntax).Flags(run.Syntax);
}
