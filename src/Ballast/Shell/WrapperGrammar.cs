using System.Collections.Frozen;

namespace Ballast.Shell;

/// <summary>
/// The commands that run another command given in their arguments (<c>sudo</c>,
/// <c>env</c>, <c>xargs</c>...) and the options of each that take a value, so that the
/// wrapped command is found after them.
/// </summary>
internal static class WrapperGrammar
{
    private static readonly FrozenDictionary<string, Grammar> Grammars =
        new Dictionary<string, Grammar>
        {
            ["sudo"] = new("ughpCDrtTU", ["--user", "--group", "--host", "--prompt",
                "--close-from", "--chdir", "--role", "--type", "--other-user",
                "--command-timeout"]),
            ["doas"] = new("uC", []),
            ["env"] = new("uCS", ["--unset", "--chdir", "--split-string"]),
            ["nice"] = new("n", ["--adjustment"]),
            ["nohup"] = new(string.Empty, []),
            ["time"] = new("fo", ["--format", "--output"]),
            ["exec"] = new("a", []),
            ["xargs"] = new("IEdLnPsa", ["--arg-file", "--delimiter", "--max-args",
                "--max-procs", "--max-chars", "--max-lines"]),
            ["timeout"] = new("sk", ["--signal", "--kill-after"], SkipsOperand: true),
            ["stdbuf"] = new("ioe", ["--input", "--output", "--error"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when <paramref name="program"/> runs the command in its arguments.
    /// </summary>
    public static bool IsWrapper(string program) => Grammars.ContainsKey(program);

    /// <summary>True when <paramref name="program"/> may take <c>NAME=value</c> words
    /// before the command it runs.</summary>
    public static bool TakesAssignments(string program) => program is "env" or "sudo";

    /// <summary>
    /// The index of the first argument after the wrapper's own options (and operand), or
    /// -1 when <paramref name="program"/> is not a wrapper.
    /// </summary>
    public static int InnerCommandIndex(string program, IReadOnlyList<ShellWord> arguments)
    {
        if (!Grammars.TryGetValue(program, out Grammar? grammar))
        {
            return -1;
        }

        int index = SkipOptions(grammar, arguments);
        return grammar.SkipsOperand ? index + 1 : index;
    }

    private static int SkipOptions(Grammar grammar, IReadOnlyList<ShellWord> arguments)
    {
        int index = 0;
        while (index < arguments.Count)
        {
            string? word = arguments[index].Value;
            if (word is null || word.Length < 2 || word[0] != '-')
            {
                return index;
            }

            if (word == "--")
            {
                return index + 1;
            }

            index += OptionWidth(grammar, word);
        }

        return index;
    }

    private static int OptionWidth(Grammar grammar, string word)
    {
        if (word.StartsWith("--", StringComparison.Ordinal))
        {
            return !word.Contains('=') && grammar.LongWithValue.Contains(word) ? 2 : 1;
        }

        for (int letter = 1; letter < word.Length; letter++)
        {
            if (grammar.ShortWithValue.Contains(word[letter]))
            {
                return letter == word.Length - 1 ? 2 : 1;
            }
        }

        return 1;
    }

    private sealed record Grammar(
        string ShortWithValue,
        string[] LongWithValue,
        bool SkipsOperand = false);
}
