using System.Text.Json;
using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Decides whether the builder may drop the development dependencies: not when the runtime
/// command, directly or through the package.json scripts it runs (<c>npm start</c>,
/// <c>npm run X</c>, also inside <c>sh -c</c>), calls a program only a devDependency
/// provides, such as <c>ts-node</c> or <c>knex</c>.
/// </summary>
/// <param name="contextDirectory">The build context, whose package.json is read.</param>
internal sealed class NodePrune(string? contextDirectory)
{
    private const int MaxDepth = 8;

    // Programs whose name differs from the package that installs them.
    private static readonly Dictionary<string, string> PackageOfProgram = new()
    {
        ["tsc"] = "typescript",
        ["tsserver"] = "typescript",
        ["next"] = "next",
        ["ng"] = "@angular/cli",
        ["vue-cli-service"] = "@vue/cli-service",
        ["react-scripts"] = "react-scripts",
        ["babel-node"] = "@babel/node",
    };

    private static readonly HashSet<string> ShellWords =
    [
        "sh", "bash", "exec", "env", "cd", "echo", "test", "[", "true", "false", "set", "export",
        "node", "npm", "npx", "yarn", "pnpm", "corepack",
    ];

    /// <summary>Why the development dependencies must stay, or null when pruning is safe.
    /// </summary>
    public string? Blocker(Stage stage)
    {
        var commands = stage.OfType<CommandInstruction>()
            .Where(command => command.Name is "CMD" or "ENTRYPOINT")
            .Select(Line).ToList();
        if (commands.Count == 0)
        {
            return null;
        }

        var manifest = Read();
        var found = new List<string>();
        foreach (var line in commands)
        {
            Walk(line, manifest.Scripts, found, "", 0);
        }

        if (found.Any(entry => entry.StartsWith("script:", StringComparison.Ordinal))
            && manifest.Problem is { } problem)
        {
            return $"the runtime command runs package.json scripts and {problem}";
        }

        var dev = found.Where(entry => !entry.StartsWith("script:", StringComparison.Ordinal))
            .Select(entry => entry.Split('\t'))
            .Where(parts => IsDevelopmentOnly(parts[0], manifest))
            .Select(parts => parts[1].Length > 0
                ? $"`{parts[0]}` (script `{parts[1]}`)"
                : $"`{parts[0]}`")
            .Distinct().ToList();
        return dev.Count == 0
            ? null
            : $"the runtime command runs {string.Join(", ", dev)}, which only the "
                + "devDependencies provide";
    }

    // The whole command as one shell line; `sh -c "..."` gives its script.
    private static string Line(CommandInstruction command)
    {
        var words = CommandWords.Of(command);
        var dashC = words.IndexOf("-c");
        if (words.Count > 2 && words[0] is "sh" or "bash" or "/bin/sh" or "/bin/bash"
            && dashC > 0 && dashC + 1 < words.Count)
        {
            return command.IsExecForm ? words[dashC + 1] : string.Join(' ', words[(dashC + 1)..]);
        }

        return string.Join(' ', words);
    }

    // Records each program as "name\tscript" and each script reached as "script:name".
    private static void Walk(
        string line, IReadOnlyDictionary<string, string> scripts, List<string> found,
        string script, int depth)
    {
        foreach (var words in Commands(line))
        {
            if (ScriptOf(words) is { } name)
            {
                found.Add("script:" + name);
                if (depth >= MaxDepth)
                {
                    continue;
                }

                foreach (var hook in new[] { "pre" + name, name, "post" + name })
                {
                    if (scripts.TryGetValue(hook, out var body))
                    {
                        Walk(body, scripts, found, hook, depth + 1);
                    }
                }

                continue;
            }

            var program = words[0] is "npx" && words.Count > 1 ? words[1] : words[0];
            if (!ShellWords.Contains(program))
            {
                found.Add(program + "\t" + script);
            }
        }
    }

    // Simple commands split at the shell's list operators; leading assignments dropped.
    private static IEnumerable<List<string>> Commands(string line) =>
        line.Replace("||", "&&", StringComparison.Ordinal).Replace(";", "&&",
                StringComparison.Ordinal)
            .Split("&&")
            .Select(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SkipWhile(word => word.Contains('=', StringComparison.Ordinal)
                    && !word.StartsWith('-'))
                .ToList())
            .Where(words => words.Count > 0);

    private static string? ScriptOf(List<string> words) => words switch
    {
        ["npm", "start" or "test", ..] => words[1],
        ["npm", "run" or "run-script", var name, ..] => name,
        ["yarn" or "pnpm", "run", var name, ..] => name,
        ["yarn" or "pnpm", var name, ..] when name is not ("install" or "add" or "exec"
            or "dlx") && !name.StartsWith('-') => name,
        _ => null,
    };

    private static bool IsDevelopmentOnly(string program, Manifest manifest)
    {
        var package = PackageOfProgram.GetValueOrDefault(program, program);
        return manifest.Development.Contains(package) && !manifest.Production.Contains(package);
    }

    private Manifest Read()
    {
        var path = contextDirectory is null ? null : Path.Combine(contextDirectory, "package.json");
        if (path is null || !File.Exists(path))
        {
            return new Manifest(new Dictionary<string, string>(), [], [],
                "package.json was not in the build context to read");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            var scripts = Names(root, "scripts").ToDictionary(p => p.Name, p => p.Value);
            return new Manifest(scripts,
                Names(root, "dependencies").Select(p => p.Name).ToHashSet(),
                Names(root, "devDependencies").Select(p => p.Name).ToHashSet(), null);
        }
        catch (Exception exception) when (exception is JsonException or IOException)
        {
            return new Manifest(new Dictionary<string, string>(), [], [],
                $"package.json could not be read ({exception.Message})");
        }
    }

    private static IEnumerable<(string Name, string Value)> Names(
        JsonElement root, string property) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(property, out var value)
            && value.ValueKind == JsonValueKind.Object
            ? value.EnumerateObject().Select(item => (item.Name,
                item.Value.ValueKind == JsonValueKind.String ? item.Value.GetString() ?? "" : ""))
            : [];

    private sealed record Manifest(
        IReadOnlyDictionary<string, string> Scripts,
        HashSet<string> Production,
        HashSet<string> Development,
        string? Problem);
}
