using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>Builds the token list of a span from the tokens already known, filling every gap
/// with blanks, line breaks or argument text, so the span is covered exactly once.</summary>
internal static class Tokens
{
    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="result"/>.
    /// </summary>
    public static void Partition(
        string text, TextSpan span, List<TokenEntry> known, List<TokenEntry> result)
    {
        var cursor = span.Start;
        SortByStart(known);
        foreach (var token in known)
        {
            if (token.Span.End <= cursor || token.Span.Start >= span.End)
            {
                continue;
            }

            Fill(text, cursor, token.Span.Start, result);
            var start = Math.Max(cursor, token.Span.Start);
            var end = Math.Min(token.Span.End, span.End);
            result.Add(token.Span.Start == start && token.Span.End == end
                ? token
                : new TokenEntry(token.Kind, TextSpan.FromBounds(start, end)));
            cursor = end;
        }

        Fill(text, cursor, span.End, result);
    }

    /// <summary>A stable insertion sort: the lists are short and nearly in order, so this
    /// beats an ordering query, and equal starts keep their order as before.</summary>
    private static void SortByStart(List<TokenEntry> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var j = i - 1;
            while (j >= 0 && tokens[j].Span.Start > token.Span.Start)
            {
                tokens[j + 1] = tokens[j];
                j--;
            }

            tokens[j + 1] = token;
        }
    }

    private static void Fill(string text, int from, int to, List<TokenEntry> result)
    {
        var i = from;
        while (i < to)
        {
            var start = i;
            TokenKind kind;
            if (text[i] == '\n' || (text[i] == '\r' && i + 1 < to && text[i + 1] == '\n'))
            {
                i += text[i] == '\r' ? 2 : 1;
                kind = TokenKind.LineBreak;
            }
            else if (Characters.IsBlank(text[i]))
            {
                while (i < to && Characters.IsBlank(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Whitespace;
            }
            else
            {
                while (i < to && text[i] != '\n' && !Characters.IsBlank(text[i]))
                {
                    i++;
                }

                kind = TokenKind.Argument;
            }

            result.Add(new TokenEntry(kind, TextSpan.FromBounds(start, i)));
        }
    }
}
