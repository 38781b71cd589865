using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>How the image starts the program: a CMD or ENTRYPOINT that runs
/// <c>java -jar</c>, or one that runs the build tool (<c>mvn spring-boot:run</c>,
/// <c>gradle bootRun</c>), which needs the sources and the JDK.</summary>
/// <param name="Command">The CMD or ENTRYPOINT.</param>
/// <param name="Jar">The jar's path as written, for <c>java -jar</c>; null for a build-tool
/// run.</param>
/// <param name="Folder">The WORKDIR in force at the command, against which a relative
/// <paramref name="Jar"/> resolves.</param>
public sealed record JavaLaunch(CommandInstruction Command, string? Jar, string Folder)
{
    private static readonly HashSet<string> RunGoals =
        ["spring-boot:run", "exec:java", "bootRun", "run", "quarkus:dev", "quarkusDev"];

    /// <summary>The absolute path of the jar, or null for a build-tool run.</summary>
    public string? JarPath => Jar is null ? null
        : Jar.StartsWith('/') ? Jar
        : PythonPlan.Join(Folder, Jar);

    /// <summary>True when the jar's path holds a wildcard, which the shell expands.</summary>
    public bool IsWildcard => Jar?.Contains('*') == true;

    /// <summary>The command that starts <paramref name="stage"/>'s program: the last
    /// ENTRYPOINT, or the last CMD when no ENTRYPOINT runs java; null when neither runs java
    /// nor a build tool.</summary>
    public static JavaLaunch? Find(Stage stage)
    {
        var folder = "/";
        JavaLaunch? entrypoint = null;
        JavaLaunch? command = null;
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "WORKDIR")
            {
                folder = PythonPlan.WorkdirAfter(instruction, folder);
            }

            if (instruction is not CommandInstruction { Name: "CMD" or "ENTRYPOINT" } start)
            {
                continue;
            }

            var launch = Read(start, folder);
            if (start.Name == "ENTRYPOINT")
            {
                entrypoint = launch;
            }
            else
            {
                command = launch;
            }
        }

        return entrypoint ?? command;
    }

    /// <summary>The words of a CMD or ENTRYPOINT: exec form as written, shell form split at
    /// spaces, with a leading <c>exec</c> dropped.</summary>
    public static List<string> Words(CommandInstruction command)
    {
        var words = command.Command.SelectMany(word => command.IsExecForm
            ? [word]
            : word.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return words.Count > 0 && words[0] == "exec" && !command.IsExecForm ? words[1..] : words;
    }

    private static JavaLaunch? Read(CommandInstruction command, string folder)
    {
        var words = Words(command);
        if (words.Count == 0)
        {
            return null;
        }

        var program = Path.GetFileName(words[0]);
        if (program == "java")
        {
            var jar = words.IndexOf("-jar");
            return jar > 0 && jar + 1 < words.Count
                ? new JavaLaunch(command, words[jar + 1], folder)
                : null;
        }

        var runsTool = program is "mvn" or "mvnw" or "gradle" or "gradlew"
            && words.Skip(1).Any(RunGoals.Contains);
        return runsTool ? new JavaLaunch(command, null, folder) : null;
    }
}
