using System.Text.Json;
using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Rewrites a CMD or ENTRYPOINT that starts the application through npm, yarn or pnpm to
/// the node command its package.json script runs, when the script only calls node: the
/// process then receives signals itself instead of through the package manager. Otherwise
/// the command is kept, and the reason is given; the slim image still has npm and yarn.
/// </summary>
/// <param name="contextDirectory">The build context, whose package.json is read.</param>
internal sealed class NodeCommands(string? contextDirectory)
{
    public IReadOnlyDictionary<CommandInstruction, CommandRewrite> Rewrites(Stage stage)
    {
        var rewrites = new Dictionary<CommandInstruction, CommandRewrite>();
        foreach (var command in stage.OfType<CommandInstruction>()
            .Where(command => command.Name is "CMD" or "ENTRYPOINT"))
        {
            if (Script(Words(command)) is { } script)
            {
                rewrites[command] = Rewrite(command, script);
            }
        }

        return rewrites;
    }

    private static List<string> Words(CommandInstruction command) =>
        command.Command.SelectMany(word => command.IsExecForm
            ? [word]
            : word.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();

    // The script a package-manager command runs: npm start, npm run X, yarn X, pnpm X.
    private static (string Tool, string Name)? Script(List<string> words)
    {
        if (words.Count is < 2 or > 3 || words[0] is not ("npm" or "yarn" or "pnpm"))
        {
            return null;
        }

        if (words.Count == 3)
        {
            return words[1] is "run" or "run-script" ? (words[0], words[2]) : null;
        }

        return words[1] == "start" || words[0] != "npm" ? (words[0], words[1]) : null;
    }

    private CommandRewrite Rewrite(CommandInstruction command, (string Tool, string Name) script)
    {
        var invocation = script.Tool == "npm" && script.Name != "start"
            ? $"npm run {script.Name}"
            : $"{script.Tool} {script.Name}";
        var (body, problem) = ReadScript(script.Name);
        if (body is null || !CallsOnlyNode(body))
        {
            return Kept(command, invocation, problem
                ?? $"the script runs `{body}`, which is more than a node command");
        }

        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var text = $"{command.Syntax.Keyword} [{string.Join(", ", words.Select(w => $"\"{w}\""))}]";
        return new CommandRewrite(text, new ChangeExplanation(
            $"The {command.Name} runs `{body}` instead of `{invocation}`.",
            "The script only calls node; without the package manager in between, node receives "
            + "the stop signal itself and shuts down cleanly."));
    }

    private static CommandRewrite Kept(CommandInstruction command, string invocation, string why) =>
        new(null, new ChangeExplanation(
            $"Kept `{invocation}` in the {command.Name}: {why}.",
            "The slim image has the package manager, so the command still works."));

    private (string? Body, string? Problem) ReadScript(string name)
    {
        var path = contextDirectory is null ? null : Path.Combine(contextDirectory, "package.json");
        if (path is null || !File.Exists(path))
        {
            return (null, "package.json was not in the build context to read");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            if (!document.RootElement.TryGetProperty("scripts", out var scripts)
                || scripts.ValueKind != JsonValueKind.Object
                || !scripts.TryGetProperty(name, out var script)
                || script.ValueKind != JsonValueKind.String)
            {
                return (null, $"package.json has no `{name}` script");
            }

            // npm runs a pre-script first; dropping npm would skip it.
            return scripts.TryGetProperty("pre" + name, out _)
                ? (null, $"package.json runs a `pre{name}` script before it")
                : (script.GetString(), null);
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return (null, $"package.json could not be read ({exception.Message})");
        }
    }

    private static bool CallsOnlyNode(string body)
    {
        var words = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0] == "node" && words.All(word => word.All(c =>
            char.IsAsciiLetterOrDigit(c) || "_./:=,@%+-".Contains(c)));
    }
}
