using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rewrite.Restage;

/// <summary>The <c>go build</c> whose binary the final stage runs.</summary>
/// <param name="Run">The RUN that builds it.</param>
/// <param name="Binary">The absolute path of the binary in the builder.</param>
/// <param name="Static">True when cgo is off (<c>CGO_ENABLED=0</c>), so the binary needs no
/// C library.</param>
public sealed record GoBuild(RunInstruction Run, string Binary, bool Static)
{
    /// <summary>The last <c>go build</c> of <paramref name="stage"/>, or why none can be
    /// used: the binary must be named with <c>-o</c>, since without it the name depends on the
    /// module path.</summary>
    public static (GoBuild? Build, string? Problem) Find(Stage stage)
    {
        var workdir = "/";
        (GoBuild?, string?) found = (null, "no `go build` was found in a RUN");
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

            foreach (var command in script.Commands.Where(IsGoBuild))
            {
                found = Read(run, command, workdir);
            }
        }

        return found;
    }

    private static bool IsGoBuild(ShellCommand command) =>
        command.ProgramName == "go" && command.Arguments.Count > 0
        && command.Arguments[0].Is("build");

    private static (GoBuild?, string?) Read(
        RunInstruction run, ShellCommand command, string workdir)
    {
        var output = Output(command.Arguments);
        if (output is null)
        {
            return (null, "`go build` has no -o, so the binary's name depends on the module; "
                + "name it with -o");
        }

        if (output.Length == 0 || output.EndsWith('/')
            || output.Contains('$', StringComparison.Ordinal))
        {
            return (null, "the binary `go build -o` writes is not a plain file path");
        }

        var binary = output.StartsWith('/') ? output : PythonPlan.Join(workdir, output);
        var cgo = command.FindAssignment("CGO_ENABLED")?.Value.Value
            ?? run.Environment.Lookup("CGO_ENABLED");
        return (new GoBuild(run, binary, cgo == "0"), null);
    }

    private static string? Output(IReadOnlyList<ShellWord> arguments)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            var word = arguments[i];
            if (word.Value is { } value && value.StartsWith("-o=", StringComparison.Ordinal))
            {
                return value[3..];
            }

            if (word.Is("-o"))
            {
                return i + 1 < arguments.Count ? arguments[i + 1].Value ?? "$" : "";
            }
        }

        return null;
    }
}
