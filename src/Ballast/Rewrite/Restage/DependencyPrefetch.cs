using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>Plans the Maven or Gradle dependency download ahead of the sources: the build
/// files are copied before the COPY of the whole context and the dependencies resolved, so
/// that a source change reuses the downloaded layer.</summary>
internal sealed class DependencyPrefetch(
    DockerfileModel model, Stage stage, JavaBuild build, SourceCopy? sources,
    JavaProject project)
{
    private static readonly string[] GradleFiles =
    [
        "settings.gradle", "settings.gradle.kts", "build.gradle", "build.gradle.kts",
        "gradle.properties",
    ];

    private readonly List<ChangeExplanation> changes = [];

    /// <summary>Why the download step was added or left out.</summary>
    public IReadOnlyList<ChangeExplanation> Changes => changes;

    /// <summary>The lines to write before the COPY of the sources, keyed by that COPY.
    /// </summary>
    public IReadOnlyDictionary<Instruction, IReadOnlyList<string>> Inserts()
    {
        var inserts = new Dictionary<Instruction, IReadOnlyList<string>>();
        if (!build.DownloadsDependencies || sources is null || AlreadyFirst())
        {
            return inserts;
        }

        var gap = Gap();
        if (gap is not null)
        {
            changes.Add(new ChangeExplanation("No dependency download was added ahead of the "
                + "sources.", gap));
            return inserts;
        }

        var files = Files();
        var command = Command();
        var flags = new InstructionSource(model.Syntax).Flags(build.Run.Syntax);
        inserts[sources.Copy] = sources.Lines("Build files first: a source change keeps the "
            + "downloaded dependencies cached.", files, flags, command);
        changes.Add(new ChangeExplanation(
            $"The builder copies {string.Join(", ", files)} and runs `{command}` before the "
            + "sources.",
            "The dependency download then sits in a layer that only a change to the build "
            + "files invalidates, instead of being repeated after every source change."));
        return inserts;
    }

    // The original copied its build files ahead of the sources, or resolved dependencies
    // itself: nothing to add.
    private bool AlreadyFirst() =>
        sources!.FollowsCopyOf(stage, name => name is "pom.xml" or "mvnw" or "gradlew"
            || name.StartsWith("build.gradle", StringComparison.Ordinal))
        || stage.OfType<RunInstruction>().Any(run => run.Commands?.Commands.Any(command =>
            JavaBuild.IsBuildTool(command) && JavaBuild.Goals(command).Any(goal =>
                goal is "dependency:go-offline" or "dependency:resolve" or "dependencies"))
            == true);

    private string? Gap()
    {
        if (Trim(build.ProjectFolder) != sources!.Folder)
        {
            return "Limitation: the build runs in a subfolder of the copied context; only a "
                + "project at the copy's destination is handled.";
        }

        if (project.HasModules(build.Tool))
        {
            return "Limitation: the project has modules, whose build files would be needed "
                + "too; copying them all by name is not done.";
        }

        return build.Tool == JavaBuildTool.Gradle && !project.Has("build.gradle")
            && !project.Has("build.gradle.kts")
            ? "Limitation: Gradle's build files are read from the build context, which was "
                + "not given (or holds no build.gradle)."
            : null;
    }

    private List<string> Files()
    {
        var wrapper = build.UsesWrapper ? Path.GetFileName(build.Program) : null;
        if (build.Tool == JavaBuildTool.Maven)
        {
            List<string> maven = wrapper is null ? ["pom.xml"] : [wrapper, "pom.xml"];
            if (wrapper is not null || project.Has(".mvn"))
            {
                maven.Add(".mvn/");
            }

            return maven;
        }

        var gradle = GradleFiles.Where(project.Has).ToList();
        if (wrapper is not null)
        {
            gradle.Insert(0, wrapper);
        }

        if (wrapper is not null || project.Has("gradle"))
        {
            gradle.Add("gradle/");
        }

        return gradle;
    }

    private string Command()
    {
        var resolve = build.Tool == JavaBuildTool.Maven
            ? $"{build.Program} -B dependency:go-offline"
            : $"{build.Program} dependencies --no-daemon";
        // A context copied from Windows loses the wrapper's mode; the original fixed it with
        // chmod after the copy, which the download step now precedes.
        var fixesMode = build.UsesWrapper && stage.OfType<RunInstruction>().Any(run =>
            run.Commands?.Commands.Any(command => command.ProgramName == "chmod") == true);
        return fixesMode ? $"chmod +x {Path.GetFileName(build.Program)} && {resolve}" : resolve;
    }

    private static string Trim(string folder) =>
        folder.Length > 1 ? folder.TrimEnd('/') : folder;
}
