using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rewrite.Restage;

/// <summary>The step of a Java build that writes the jar: a Maven or Gradle build, or the
/// JDK's <c>jar</c> command.</summary>
/// <param name="Run">The RUN that builds the jar.</param>
/// <param name="Tool">Maven, Gradle or the jar command.</param>
/// <param name="Program">The program as written (<c>mvn</c>, <c>./mvnw</c>,
/// <c>gradle</c>, <c>./gradlew</c>, <c>jar</c>).</param>
/// <param name="Output">Where the jar lands: the folder Maven (<c>target</c>) or Gradle
/// (<c>build/libs</c>) writes to, or the file the jar command writes; absolute.</param>
/// <param name="ProjectFolder">The folder the build runs in (the WORKDIR, or Maven's
/// <c>-f</c> and Gradle's <c>-p</c> folder); absolute.</param>
/// <param name="Offline">True when the build is told not to download (<c>-o</c>,
/// <c>--offline</c>), and for the jar command, which never does.</param>
public sealed record JavaBuild(
    RunInstruction Run,
    JavaBuildTool Tool,
    string Program,
    string Output,
    string ProjectFolder,
    bool Offline)
{
    private static readonly HashSet<string> MavenGoals =
        ["package", "install", "verify", "deploy", "spring-boot:repackage"];

    private static readonly HashSet<string> GradleTasks =
        ["build", "assemble", "jar", "bootJar", "shadowJar"];

    // Options whose value is the next word, so the value is not taken for a goal or task.
    private static readonly HashSet<string> MavenValued =
    [
        "-f", "--file", "-s", "--settings", "-gs", "--global-settings", "-P",
        "--activate-profiles", "-pl", "--projects", "-T", "--threads", "-rf", "--resume-from",
        "-l", "--log-file", "-D", "--define", "-t", "--toolchains", "-b", "--builder",
    ];

    private static readonly HashSet<string> GradleValued =
    [
        "-x", "--exclude-task", "-p", "--project-dir", "-b", "--build-file", "-c",
        "--settings-file", "-g", "--gradle-user-home", "-I", "--init-script", "-D",
        "--system-prop", "-P", "--project-prop", "--max-workers", "--console",
    ];

    /// <summary>True when the build downloads dependencies, so that a step resolving them
    /// ahead of the sources saves time on every source change.</summary>
    public bool DownloadsDependencies => Tool != JavaBuildTool.Jar && !Offline;

    /// <summary>True when the build runs through the project's wrapper script.</summary>
    public bool UsesWrapper => Program.EndsWith("mvnw", StringComparison.Ordinal)
        || Program.EndsWith("gradlew", StringComparison.Ordinal);

    /// <summary>The last step of <paramref name="stage"/> that builds a jar, or why none was
    /// found.</summary>
    public static (JavaBuild? Build, string? Problem) Find(Stage stage)
    {
        var workdir = "/";
        (JavaBuild?, string?) found =
            (null, "no `mvn package`, `gradle build` or `jar` command was found in a RUN");
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                workdir = PythonPlan.WorkdirAfter(instruction, workdir);
            }

            if (instruction is not RunInstruction { Commands: { } script } run)
            {
                continue;
            }

            // A `cd` in the same RUN moves the build; the folder is followed when it is plain.
            var folder = workdir;
            foreach (var command in script.Commands)
            {
                folder = Follow(command, folder);
                if (Read(run, command, folder) is { } build)
                {
                    found = build;
                }
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="command"/> runs Maven or Gradle, wrapper or not.
    /// </summary>
    public static bool IsBuildTool(ShellCommand command) =>
        command.ProgramName is "mvn" or "mvnw" or "gradle" or "gradlew";

    /// <summary>The goals or tasks of a Maven or Gradle command: its words that are not
    /// options or option values.</summary>
    public static List<string> Goals(ShellCommand command)
    {
        var valued = command.ProgramName is "mvn" or "mvnw" ? MavenValued : GradleValued;
        var goals = new List<string>();
        for (var i = 0; i < command.Arguments.Count; i++)
        {
            var value = command.Arguments[i].Value ?? "$";
            if (valued.Contains(value))
            {
                i++;
            }
            else if (!value.StartsWith('-'))
            {
                goals.Add(value);
            }
        }

        return goals;
    }

    private static string Follow(ShellCommand command, string folder)
    {
        if (command.ProgramName != "cd" || command.Arguments.Count != 1
            || command.Arguments[0].Value is not { } target || target.Contains('$'))
        {
            return folder;
        }

        return target.StartsWith('/') ? target : PythonPlan.Join(folder, target);
    }

    private static (JavaBuild?, string?)? Read(
        RunInstruction run, ShellCommand command, string folder) => command.ProgramName switch
    {
        "mvn" or "mvnw" when Goals(command).Any(MavenGoals.Contains) =>
            Maven(run, command, folder),
        "gradle" or "gradlew" when Goals(command).Any(GradleTasks.Contains) =>
            Gradle(run, command, folder),
        "jar" => Jar(run, command, folder),
        _ => null,
    };

    private static (JavaBuild?, string?) Maven(
        RunInstruction run, ShellCommand command, string folder)
    {
        if (Option(command, "-pl", "--projects") is not null)
        {
            return (null, "the Maven build selects modules with -pl, so which module's jar "
                + "the program runs is not clear");
        }

        var file = Option(command, "-f", "--file");
        if (file is not null)
        {
            if (file.Contains('$'))
            {
                return (null, "the POM `mvn -f` names is not a plain path");
            }

            var path = file.StartsWith('/') ? file : PythonPlan.Join(folder, file);
            folder = path.EndsWith(".xml", StringComparison.Ordinal)
                ? Path.GetDirectoryName(path)?.Replace('\\', '/') ?? "/"
                : path;
        }

        return (new JavaBuild(run, JavaBuildTool.Maven, command.Name!.Value!,
            PythonPlan.Join(folder, "target"), folder, IsOffline(command, "-o")), null);
    }

    private static (JavaBuild?, string?) Gradle(
        RunInstruction run, ShellCommand command, string folder)
    {
        var project = Option(command, "-p", "--project-dir");
        if (project is not null)
        {
            if (project.Contains('$'))
            {
                return (null, "the folder `gradle -p` names is not a plain path");
            }

            folder = project.StartsWith('/') ? project : PythonPlan.Join(folder, project);
        }

        return (new JavaBuild(run, JavaBuildTool.Gradle, command.Name!.Value!,
            PythonPlan.Join(folder, "build/libs"), folder, IsOffline(command, null)), null);
    }

    // jar's old syntax clusters its modes (cf, cvfm, cfe): the f says the first operand is
    // the file; the new one names it with --file or -f.
    private static (JavaBuild?, string?)? Jar(
        RunInstruction run, ShellCommand command, string folder)
    {
        var words = command.Arguments.Select(word => word.Value ?? "$").ToList();
        string? file = null;
        if (words.Count >= 2 && !words[0].StartsWith('-') && words[0].Contains('c')
            && words[0].Contains('f'))
        {
            // The f and m operands follow in the order their letters appear.
            var modes = words[0].Where(letter => letter is 'f' or 'm' or 'e').ToList();
            var index = modes.IndexOf('f');
            file = index + 1 < words.Count ? words[1 + index] : null;
        }
        else if (words.Contains("-c") || words.Contains("--create"))
        {
            file = Option(command, "-f", "--file");
        }

        if (file is null)
        {
            return null;
        }

        if (file.Contains('$') || file.Contains('*'))
        {
            return (null, "the file the `jar` command writes is not a plain path");
        }

        var output = file.StartsWith('/') ? file : PythonPlan.Join(folder, file);
        return (new JavaBuild(run, JavaBuildTool.Jar, "jar", output, folder, true), null);
    }

    private static bool IsOffline(ShellCommand command, string? shortOption) =>
        command.Arguments.Any(word => word.Is("--offline")
            || (shortOption is not null && word.Is(shortOption)));

    private static string? Option(ShellCommand command, string shortName, string longName)
    {
        var words = command.Arguments;
        for (var i = 0; i < words.Count; i++)
        {
            var value = words[i].Value ?? "";
            if ((value == shortName || value == longName) && i + 1 < words.Count)
            {
                return words[i + 1].Value ?? "$";
            }

            if (value.StartsWith(longName + "=", StringComparison.Ordinal))
            {
                return value[(longName.Length + 1)..];
            }
        }

        return null;
    }
}
