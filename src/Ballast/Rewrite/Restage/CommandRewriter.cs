using System.Text;
using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>Removes <c>poetry run</c>, <c>pipenv run</c> and <c>uv run</c> from CMD and
/// ENTRYPOINT: the final stage has no packaging tool, and the virtual environment is on PATH,
/// so the command runs as it is.</summary>
internal static class CommandRewriter
{
    private static readonly string[] Tools = ["poetry", "pipenv", "uv"];

    public static string WithoutToolRun(
        CommandInstruction command, InstructionSource source, PythonExplanations explanations)
    {
        var original = source.Text(command.Syntax);
        var words = command.Command;
        if (command.IsExecForm)
        {
            if (words.Count < 3 || !Tools.Contains(words[0]) || words[1] != "run")
            {
                return original;
            }

            explanations.ToolRunRemoved(command.Name, words[0]);
            return Exec(command, original, words.Skip(2).ToList());
        }

        var script = words.Count > 0 ? words[0] : "";
        foreach (var tool in Tools)
        {
            var prefix = tool + " run ";
            if (script.StartsWith(prefix, StringComparison.Ordinal))
            {
                explanations.ToolRunRemoved(command.Name, tool);
                return $"{command.Syntax.Keyword} {script[prefix.Length..]}";
            }
        }

        return original;
    }

    private static string Exec(
        CommandInstruction command, string original, IReadOnlyList<string> words)
    {
        var spaced = original.Contains("[ ", StringComparison.Ordinal);
        var builder = new StringBuilder(command.Syntax.Keyword)
            .Append(' ')
            .Append(spaced ? "[ " : "[");
        builder.AppendJoin(", ", words.Select(Quote));
        return builder.Append(spaced ? " ]" : "]").ToString();
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
