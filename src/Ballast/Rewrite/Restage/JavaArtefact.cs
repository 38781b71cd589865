using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>The jar the final stage carries, found from the command that starts the
/// program, and the rewrite of a command that started it through the build tool.</summary>
/// <param name="Path">The jar's absolute path in the builder; its last part may be a
/// wildcard.</param>
/// <param name="Destination">The folder the final stage copies a wildcard into; null to
/// keep the path.</param>
/// <param name="Rewrites">CMD or ENTRYPOINT instructions rewritten to <c>java -jar</c>.
/// </param>
internal sealed record JavaArtefact(
    string Path,
    string? Destination,
    IReadOnlyDictionary<CommandInstruction, CommandRewrite> Rewrites)
{
    /// <summary>The jar <paramref name="stage"/> runs, or why it is not clear.</summary>
    public static (JavaArtefact? Artefact, string? Problem) Find(
        Stage stage, JavaBuild build, JavaProject project)
    {
        var launch = JavaLaunch.Find(stage);
        if (launch is null)
        {
            return (null, "no CMD or ENTRYPOINT runs `java -jar`, so the jar the program "
                + "needs is not clear (a class-path launch is not followed)");
        }

        return launch.JarPath is { } jar ? Launched(launch, jar) : Rewritten(launch, build,
            project);
    }

    private static (JavaArtefact?, string?) Launched(JavaLaunch launch, string jar)
    {
        var slash = jar.LastIndexOf('/');
        if (jar.Contains('$') || jar[..slash].Contains('*'))
        {
            return (null, "the jar `java -jar` runs is not a plain path");
        }

        if (!launch.IsWildcard)
        {
            return (new JavaArtefact(jar, null, Empty()), null);
        }

        // A shell expands the wildcard at start; exec form would pass it to java as it is.
        return launch.Command.IsExecForm
            ? (null, "`java -jar` names a wildcard in exec form, which no shell expands")
            : (new JavaArtefact(jar, jar[..(slash + 1)], Empty()), null);
    }

    private static (JavaArtefact?, string?) Rewritten(
        JavaLaunch launch, JavaBuild build, JavaProject project)
    {
        var command = launch.Command;
        var written = string.Join(' ', JavaLaunch.Words(command));
        var (name, problem) = build.Tool == JavaBuildTool.Jar
            ? (null, "the jar command builds the jar, not Maven or Gradle")
            : project.JarName(build.Tool);
        if (name is null)
        {
            return (null, $"the {command.Name} runs `{written}`, which needs the build tool "
                + $"and the sources; {problem}, so it could not become `java -jar`");
        }

        var jar = PythonPlan.Join(build.Output, name);
        var text = $"{command.Syntax.Keyword} [\"java\", \"-jar\", \"{jar}\"]";
        var rewrite = new CommandRewrite(text, new ChangeExplanation(
            $"The {command.Name} runs `java -jar {jar}` instead of `{written}`.",
            "The final stage has a JRE but no build tool and no sources; the jar the build "
            + "wrote starts the same application, and java receives the stop signal itself."));
        return (new JavaArtefact(jar, null,
            new Dictionary<CommandInstruction, CommandRewrite> { [command] = rewrite }), null);
    }

    private static Dictionary<CommandInstruction, CommandRewrite> Empty() => [];
}
