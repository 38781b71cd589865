using System.Collections.Frozen;
using Ballast.Text;

namespace Ballast.Shell.Commands;

/// <summary>
/// Splits arguments into options and positional words using a table of the options that
/// take a value, the way getopt (or Go's flag package, with clustering off) does.
/// </summary>
internal static class OptionScanner
{
    public static ArgumentScan Scan(
        IReadOnlyList<ShellWord> arguments,
        FrozenSet<string> valueOptions,
        bool clustersShortOptions)
    {
        List<CommandOption> options = [];
        List<ShellWord> positionals = [];
        for (int index = 0; index < arguments.Count; index++)
        {
            ShellWord word = arguments[index];
            string? text = word.Value;
            if (text == "--")
            {
                positionals.AddRange(arguments.Skip(index + 1));
                break;
            }

            if (text is null || text.Length < 2 || text[0] != '-')
            {
                positionals.Add(word);
                continue;
            }

            ShellWord? next = index + 1 < arguments.Count ? arguments[index + 1] : null;
            bool usedNext = clustersShortOptions && text[1] != '-'
                ? ScanCluster(word, text, next, valueOptions, options)
                : ScanWhole(word, text, next, valueOptions, options);
            index += usedNext ? 1 : 0;
        }

        return new ArgumentScan(options, positionals);
    }

    private static bool ScanWhole(
        ShellWord word,
        string text,
        ShellWord? next,
        FrozenSet<string> valueOptions,
        List<CommandOption> options)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0)
        {
            string name = text[..equals];
            options.Add(new CommandOption(name, word, InlineValue(word, text, equals + 1)));
            return false;
        }

        bool takesValue = valueOptions.Contains(text) && next is not null;
        options.Add(new CommandOption(text, word, takesValue ? next : null));
        return takesValue;
    }

    private static bool ScanCluster(
        ShellWord word,
        string text,
        ShellWord? next,
        FrozenSet<string> valueOptions,
        List<CommandOption> options)
    {
        for (int letter = 1; letter < text.Length; letter++)
        {
            string name = "-" + text[letter];
            if (!valueOptions.Contains(name))
            {
                options.Add(new CommandOption(name, word, null));
                continue;
            }

            if (letter + 1 < text.Length)
            {
                int valueStart = text[letter + 1] == '=' ? letter + 2 : letter + 1;
                options.Add(new CommandOption(name, word, InlineValue(word, text, valueStart)));
                return false;
            }

            options.Add(new CommandOption(name, word, next));
            return next is not null;
        }

        return false;
    }

    /// <summary>
    /// The part of an option word after its name as a word of its own; its span is exact
    /// when the raw text has the same prefix as the value (nothing quoted before it).
    /// </summary>
    private static ShellWord InlineValue(ShellWord word, string text, int start)
    {
        string value = text[start..];
        bool samePrefix = !word.IsFromOuterWord
            && word.Raw.Length >= start
            && word.Raw.AsSpan(0, start).SequenceEqual(text.AsSpan(0, start));
        if (!samePrefix)
        {
            return new ShellWord(word.Span, word.Raw, value, false, word.IsFromOuterWord);
        }

        var span = TextSpan.FromBounds(word.Span.Start + start, word.Span.End);
        return new ShellWord(span, word.Raw[start..], value, false);
    }
}
