using System.Text;
using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>What a stage's runtime settings need from the final image's shell: distroless
/// images have no <c>/bin/sh</c>, so a shell-form command must become exec form, and a health
/// check that calls curl or wget needs that program installed.</summary>
/// <param name="Reasons">Why the settings need a shell, one sentence each; empty when
/// exec form serves them all.</param>
/// <param name="Programs">Packages the health checks call that runtime bases lack.</param>
public sealed record ShellNeeds(IReadOnlyList<string> Reasons, IReadOnlyList<string> Programs)
{
    private static readonly string[] HealthPrograms = ["curl", "wget"];

    /// <summary>Reads the runtime settings of <paramref name="stage"/>.</summary>
    public static ShellNeeds Of(Stage stage)
    {
        var reasons = new List<string>();
        var programs = new List<string>();
        var entrypointIsShell = stage.OfType<CommandInstruction>()
            .Any(command => command.Name == "ENTRYPOINT" && !command.IsExecForm);
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.Name == "SHELL")
            {
                reasons.Add("the file sets a SHELL");
            }

            if (instruction is not CommandInstruction command)
            {
                continue;
            }

            var program = command.Command.FirstOrDefault()?.Split(' ')[0] ?? "";
            if (command.Name == "HEALTHCHECK" && HealthPrograms.Contains(Path.GetFileName(program)))
            {
                programs.Add(Path.GetFileName(program));
            }

            if (!command.IsExecForm && IsCommand(command)
                && (Split(command).Count == 0 || (command.Name == "CMD" && entrypointIsShell)))
            {
                reasons.Add($"the shell-form {command.Name} needs a shell");
            }
        }

        return new ShellNeeds(reasons, programs.Distinct().ToList());
    }

    /// <summary>The exec form of a shell-form CMD, ENTRYPOINT or HEALTHCHECK whose words need
    /// no shell (no variables, quotes, operators or globs), or null; <paramref name="text"/>
    /// is the file's text, which the flags' spans point into.</summary>
    public static string? ExecForm(CommandInstruction command, string text)
    {
        var words = Split(command);
        if (command.IsExecForm || words.Count == 0)
        {
            return null;
        }

        var prefix = command.Name == "HEALTHCHECK" ? HealthcheckPrefix(command, text) : "";
        var builder = new StringBuilder(command.Syntax.Keyword).Append(' ').Append(prefix)
            .Append('[');
        builder.AppendJoin(", ", words.Select(word => "\"" + word + "\""));
        return builder.Append(']').ToString();
    }

    private static bool IsCommand(CommandInstruction command) =>
        command.Name != "HEALTHCHECK" || !IsNone(command);

    private static bool IsNone(CommandInstruction command) =>
        command.Syntax.Arguments.Count > 0
        && command.Syntax.Arguments[0].Text.Equals("NONE", StringComparison.OrdinalIgnoreCase);

    // The words after HEALTHCHECK's options and its CMD keyword, or of a CMD or ENTRYPOINT;
    // empty when any of them needs the shell to mean what it says.
    private static List<string> Split(CommandInstruction command)
    {
        var words = command.Command
            .SelectMany(word => word.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        return words.All(IsPlain) ? words : [];
    }

    private static string HealthcheckPrefix(CommandInstruction command, string text)
    {
        var flags = string.Concat(command.Syntax.Flags.Select(flag =>
            text.Substring(flag.Span.Start, flag.Span.Length) + " "));
        return flags + command.Syntax.Arguments[0].Text + " ";
    }

    private static bool IsPlain(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "_./:=,@%+-".Contains(c));
}
