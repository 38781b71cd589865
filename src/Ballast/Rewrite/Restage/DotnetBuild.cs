using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rewrite.Restage;

/// <summary>The last <c>dotnet publish</c>, <c>build</c> or <c>restore</c> of a stage: what
/// the final stage's files come from.</summary>
/// <param name="Run">The RUN of the command.</param>
/// <param name="Verb">publish, build or restore.</param>
/// <param name="Project">The project, solution or folder argument as written, or null for
/// the working folder.</param>
/// <param name="Folder">The folder the command runs in; absolute.</param>
/// <param name="Output">The publish output folder (<c>-o</c>), absolute; null when not
/// named.</param>
/// <param name="RuntimeIdentifier">The <c>-r</c> runtime identifier, or null.</param>
/// <param name="SelfContained">True when the publish bundles the runtime
/// (<c>--self-contained</c>, <c>-p:PublishAot=true</c>).</param>
public sealed record DotnetBuild(
    RunInstruction Run,
    string Verb,
    string? Project,
    string Folder,
    string? Output,
    string? RuntimeIdentifier,
    bool SelfContained)
{
    private static readonly HashSet<string> Valued =
    [
        "-c", "--configuration", "-o", "--output", "-r", "--runtime", "-f", "--framework",
        "-s", "--source", "-v", "--verbosity", "-a", "--arch", "--os", "--packages",
        "--configfile", "-p", "--property", "--version-suffix", "--project",
    ];

    /// <summary>True for <c>dotnet publish</c>.</summary>
    public bool IsPublish => Verb == "publish";

    /// <summary>The project's absolute path in the image, or the folder when none is named.
    /// </summary>
    public string ProjectPath => Project is null ? Folder
        : Project.StartsWith('/') ? Project
        : PythonPlan.Join(Folder, Project);

    /// <summary>The last publish of <paramref name="stage"/>, or else its last build or
    /// restore; null when it runs none.</summary>
    public static DotnetBuild? Find(Stage stage)
    {
        var workdir = "/";
        DotnetBuild? publish = null;
        DotnetBuild? other = null;
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

            foreach (var command in script.Commands.Where(command =>
                command.ProgramName == "dotnet" && command.Arguments.Count > 0))
            {
                var build = Read(run, command, workdir);
                if (build?.IsPublish == true)
                {
                    publish = build;
                }
                else if (build is not null)
                {
                    other = build;
                }
            }
        }

        return publish ?? other;
    }

    /// <summary>The arguments of a dotnet command after its verb that are not options or
    /// option values.</summary>
    public static List<string> Operands(IReadOnlyList<string> words)
    {
        var operands = new List<string>();
        for (var i = 1; i < words.Count; i++)
        {
            if (Valued.Contains(words[i]))
            {
                i++;
            }
            else if (!words[i].StartsWith('-') && !IsFlagValue(words, i))
            {
                operands.Add(words[i]);
            }
        }

        return operands;
    }

    /// <summary>The value of an option written as two words or with <c>=</c> or <c>:</c>.
    /// </summary>
    public static string? Option(IReadOnlyList<string> words, string shortName, string longName)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((words[i] == shortName || words[i] == longName) && i + 1 < words.Count)
            {
                return words[i + 1];
            }

            foreach (var name in new[] { shortName, longName })
            {
                if (words[i].StartsWith(name + "=", StringComparison.Ordinal)
                    || words[i].StartsWith(name + ":", StringComparison.Ordinal))
                {
                    return words[i][(name.Length + 1)..];
                }
            }
        }

        return null;
    }

    // --self-contained takes an optional true or false.
    private static bool IsFlagValue(IReadOnlyList<string> words, int index) =>
        words[index] is "true" or "false" && words[index - 1] is "--self-contained" or "--sc";

    private static DotnetBuild? Read(RunInstruction run, ShellCommand command, string workdir)
    {
        var words = command.Arguments.Select(word => word.Value ?? "$").ToList();
        if (words[0] is not ("publish" or "build" or "restore"))
        {
            return null;
        }

        var operands = Operands(words);
        var output = Option(words, "-o", "--output");
        var absolute = output is null || output.Contains('$') ? null
            : output.StartsWith('/') ? output.TrimEnd('/')
            : PythonPlan.Join(workdir, output).TrimEnd('/');
        return new DotnetBuild(run, words[0], operands.FirstOrDefault(), workdir,
            words[0] == "publish" ? absolute : null, Option(words, "-r", "--runtime"),
            IsSelfContained(words));
    }

    private static bool IsSelfContained(List<string> words)
    {
        var flag = words.FindIndex(word => word is "--self-contained" or "--sc");
        if (flag >= 0)
        {
            return flag + 1 >= words.Count || words[flag + 1] != "false";
        }

        return words.Any(word => word.Replace('/', '-') is "-p:SelfContained=true"
            or "-p:PublishAot=true" or "--property:SelfContained=true"
            or "--property:PublishAot=true");
    }
}
