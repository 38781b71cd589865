using System.Text;

namespace Ballast.Syntax;

/// <summary>
/// Splits one logical instruction line into its word, flags and arguments, the way
/// BuildKit's parser does for that instruction (spec 1.4 to 1.6 and 1.8).
/// </summary>
internal sealed class InstructionReader(char escape, List<SyntaxDiagnostic> diagnostics)
{
    private static readonly HashSet<string> HeredocInstructions = ["RUN", "COPY", "ADD"];

    public InstructionSyntax Read(MappedText line, Func<MappedText, List<HeredocSyntax>> heredocs)
    {
        var text = line.Text;
        var i = 0;
        while (i < text.Length && Characters.IsAsciiSpace(text[i]))
        {
            i++;
        }

        var keywordStart = i;
        while (i < text.Length && !Characters.IsAsciiSpace(text[i]))
        {
            i++;
        }

        var keyword = text[keywordStart..i];
        var keywordSpan = line.SourceSpan(keywordStart, i);
        var flags = ReadFlags(line, ref i);
        var rest = line.Slice(SkipSpace(text, i), text.Length);
        var name = keyword.ToUpperInvariant();
        if (name == "ONBUILD")
        {
            return ReadOnBuild(keyword, keywordSpan, flags, rest, heredocs);
        }

        var json = ReadJson(name, rest);
        var found = json is null && HeredocInstructions.Contains(name)
            ? heredocs(rest)
            : [];
        var arguments = Split(name, rest, json);
        return new InstructionSyntax(keyword, keywordSpan, flags, rest, arguments, json, found,
            null);
    }

    private InstructionSyntax ReadOnBuild(
        string keyword,
        Ballast.Text.TextSpan keywordSpan,
        List<FlagSyntax> flags,
        MappedText rest,
        Func<MappedText, List<HeredocSyntax>> heredocs)
    {
        var restWords = WordSplitter.Whole(rest);
        if (restWords.Count == 0)
        {
            Error("ONBUILD requires at least one argument", keywordSpan);
            return new InstructionSyntax(keyword, keywordSpan, flags, rest, [], null, [], null);
        }

        var trigger = Read(rest, heredocs);
        if (trigger.Name is "ONBUILD")
        {
            Error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.KeywordSpan);
        }
        else if (trigger.Name is "FROM" or "MAINTAINER")
        {
            Error($"{trigger.Name} isn't allowed as an ONBUILD trigger", trigger.KeywordSpan);
        }

        return new InstructionSyntax(keyword, keywordSpan, flags, rest, restWords, null,
            trigger.Heredocs, trigger);
    }

    private List<FlagSyntax> ReadFlags(MappedText line, ref int i)
    {
        var flags = new List<FlagSyntax>();
        var text = line.Text;
        while (true)
        {
            var start = SkipSpace(text, i);
            if (start + 1 >= text.Length || text[start] != '-' || text[start + 1] != '-')
            {
                i = start;
                return flags;
            }

            var (word, end) = ReadFlagWord(text, start);
            i = end;
            if (word == "--")
            {
                // A bare -- ends flag parsing and is dropped.
                i = SkipSpace(text, end);
                return flags;
            }

            var equals = word.IndexOf('=', StringComparison.Ordinal);
            var flagName = equals < 0 ? word[2..] : word[2..equals];
            var value = equals < 0 ? null : word[(equals + 1)..];
            flags.Add(new FlagSyntax(flagName, value, line.SourceSpan(start, end)));
        }
    }

    private (string Word, int End) ReadFlagWord(string text, int i)
    {
        var builder = new StringBuilder();
        char quote = '\0';
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                break;
            }

            if (c == escape && quote != '\'' && i + 1 < text.Length)
            {
                builder.Append(text[++i]);
                continue;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
                continue;
            }

            if (c == quote)
            {
                quote = '\0';
                continue;
            }

            builder.Append(c);
        }

        return (builder.ToString(), i);
    }

    private List<string>? ReadJson(string name, MappedText rest)
    {
        if (name is not ("RUN" or "CMD" or "ENTRYPOINT" or "SHELL" or "COPY" or "ADD"
            or "VOLUME" or "HEALTHCHECK"))
        {
            return null;
        }

        var text = name == "HEALTHCHECK" ? HealthcheckCommand(rest.Text) : rest.Text;
        var outcome = JsonArrayReader.Read(text, out var values);
        if (outcome == JsonArrayReader.Outcome.NonStringElement)
        {
            Error("when using JSON array syntax, arrays must be comprised of strings only",
                rest.SourceSpan(0, rest.Length));
            return null;
        }

        return outcome == JsonArrayReader.Outcome.Strings ? values : null;
    }

    private static string HealthcheckCommand(string rest)
    {
        var i = 0;
        while (i < rest.Length && !Characters.IsAsciiSpace(rest[i]))
        {
            i++;
        }

        return rest[i..];
    }

    private List<WordSyntax> Split(string name, MappedText rest, List<string>? json)
    {
        switch (name)
        {
            case "RUN" or "CMD" or "ENTRYPOINT" or "SHELL" or "USER" or "WORKDIR"
                or "MAINTAINER" or "STOPSIGNAL":
                return WordSplitter.Whole(rest);
            case "ENV" or "LABEL" or "ARG":
                return WordSplitter.QuoteAware(rest, escape);
            case "HEALTHCHECK":
                var words = WordSplitter.OnBlanks(rest);
                return json is null && words.Count > 0
                    ? [words[0], .. WordSplitter.Whole(rest.Slice(words[0].Text.Length,
                        rest.Length))]
                    : words.Take(1).ToList();
            default:
                return json is null ? WordSplitter.OnBlanks(rest) : [];
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && Characters.IsAsciiSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private void Error(string message, Ballast.Text.TextSpan span) =>
        diagnostics.Add(new SyntaxDiagnostic("BL000", message, span, true));
}
