using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rewrite.Restage;

/// <summary>The <c>cargo build --release</c> whose binary the final stage runs.</summary>
/// <param name="Run">The RUN that builds it.</param>
/// <param name="Binary">The absolute path of the binary in the builder.</param>
/// <param name="Static">True for a musl target, whose binary links statically.</param>
public sealed record CargoBuild(RunInstruction Run, string Binary, bool Static)
{
    /// <summary>The last release build of <paramref name="stage"/>, or why none can be used.
    /// The binary is named by <c>--bin</c>, or by the package name in the context's
    /// Cargo.toml.</summary>
    public static (CargoBuild? Build, string? Problem) Find(Stage stage, string? contextDirectory)
    {
        var workdir = "/";
        (CargoBuild?, string?) found = (null, "no `cargo build --release` was found in a RUN");
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

            foreach (var command in script.Commands.Where(IsReleaseBuild))
            {
                found = Read(run, command, workdir, contextDirectory);
            }
        }

        return found;
    }

    /// <summary>True for <c>cargo build</c> with <c>--release</c>.</summary>
    public static bool IsReleaseBuild(ShellCommand command) =>
        command.ProgramName == "cargo" && command.Arguments.Count > 0
        && command.Arguments[0].Is("build")
        && command.Arguments.Any(word => word.Is("--release") || word.Is("-r"));

    private static (CargoBuild?, string?) Read(
        RunInstruction run, ShellCommand command, string workdir, string? contextDirectory)
    {
        var name = Option(command.Arguments, "--bin") ?? PackageName(contextDirectory);
        if (name is null)
        {
            return (null, "the binary's name is not known: name it with --bin, or give the "
                + "build context so Cargo.toml can be read");
        }

        if (run.Environment.Lookup("CARGO_TARGET_DIR") is not null)
        {
            return (null, "Limitation: builds with CARGO_TARGET_DIR are not restaged");
        }

        var target = Option(command.Arguments, "--target");
        var folder = target is null ? "target/release" : $"target/{target}/release";
        var binary = PythonPlan.Join(workdir, folder + "/" + name);
        return (new CargoBuild(run, binary, target?.EndsWith("-musl", StringComparison.Ordinal)
            == true), null);
    }

    private static string? Option(IReadOnlyList<ShellWord> arguments, string name)
    {
        for (var i = 1; i < arguments.Count; i++)
        {
            if (arguments[i].Value is { } value && value.StartsWith(name + "=",
                StringComparison.Ordinal))
            {
                return value[(name.Length + 1)..];
            }

            if (arguments[i].Is(name) && i + 1 < arguments.Count)
            {
                return arguments[i + 1].Value;
            }
        }

        return null;
    }

    // Limitation: reads only `name = "..."` in the [package] table; a [[bin]] table with its
    // own name is not looked at, so such builds must pass --bin.
    private static string? PackageName(string? contextDirectory)
    {
        var path = contextDirectory is null ? null : Path.Combine(contextDirectory, "Cargo.toml");
        if (path is null || !File.Exists(path))
        {
            return null;
        }

        var table = "";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                table = line;
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (table == "[package]" && equals > 0 && line[..equals].Trim() == "name")
            {
                return line[(equals + 1)..].Trim().Trim('"');
            }
        }

        return null;
    }
}
