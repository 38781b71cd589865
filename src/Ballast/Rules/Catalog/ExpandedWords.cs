using Ballast.Model;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>The words BuildKit expands itself in each instruction (ADD, COPY, ENV, LABEL,
/// ARG defaults, EXPOSE, USER, VOLUME, WORKDIR, STOPSIGNAL, RUN <c>--mount</c>). RUN, CMD,
/// ENTRYPOINT and HEALTHCHECK commands are left to the shell; ONBUILD triggers are expanded
/// only in the image that builds on this one.</summary>
internal static class ExpandedWords
{
    public static IEnumerable<ExpandedWord> Of(Instruction instruction) => instruction switch
    {
        CopyInstruction copy => Copy(copy),
        KeyValueInstruction { Name: "ARG" } arg => Arg(arg),
        KeyValueInstruction pairs => KeyValues(pairs),
        RunInstruction run => Flags(run, "mount"),
        _ when instruction.Name is "EXPOSE" or "USER" or "VOLUME" or "WORKDIR" or "STOPSIGNAL"
            => Words(instruction),
        _ => [],
    };

    private static IEnumerable<ExpandedWord> Copy(CopyInstruction copy)
    {
        var words = copy.Sources.Append(copy.Destination).OfType<Syntax.WordSyntax>()
            .Select(word => new ExpandedWord(word.Text, word.Span));
        return words.Concat(Flags(copy, "chown", "chmod", "checksum"));
    }

    private static IEnumerable<ExpandedWord> Flags(Instruction instruction,
        params string[] names) =>
        instruction.Syntax.Flags
            .Where(flag => flag.Value is not null && names.Contains(flag.Name))
            .Select(flag => new ExpandedWord(flag.Value!, flag.Span));

    private static IEnumerable<ExpandedWord> Arg(KeyValueInstruction arg)
    {
        // ARG names are never expanded; a default is read before its own name is declared,
        // and a later word of the same ARG sees the earlier ones.
        foreach (var pair in arg.Pairs)
        {
            var equals = pair.Word.Text.IndexOf('=', StringComparison.Ordinal);
            var value = equals < 0 ? "" : pair.Word.Text[(equals + 1)..];
            yield return new ExpandedWord(value, pair.Word.Span, pair.Key);
        }
    }

    private static IEnumerable<ExpandedWord> KeyValues(KeyValueInstruction pairs)
    {
        var words = pairs.Syntax.Arguments;
        if (!pairs.IsLegacyForm || words.Count < 2)
        {
            return words.Select(word => new ExpandedWord(word.Text, word.Span));
        }

        // The legacy form's value is everything after the key, expanded as one word.
        var valueSpan = TextSpan.FromBounds(words[1].Span.Start, words[^1].Span.End);
        var value = string.Join(' ', words.Skip(1).Select(word => word.Text));
        return [new ExpandedWord(words[0].Text, words[0].Span),
            new ExpandedWord(value, valueSpan)];
    }

    private static IEnumerable<ExpandedWord> Words(Instruction instruction)
    {
        var syntax = instruction.Syntax;
        return syntax.JsonArguments is { } json
            ? json.Select(value => new ExpandedWord(value, syntax.Span))
            : syntax.Arguments.Select(word => new ExpandedWord(word.Text, word.Span));
    }
}
