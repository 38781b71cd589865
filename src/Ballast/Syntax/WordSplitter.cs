namespace Ballast.Syntax;

/// <summary>The ways BuildKit splits an instruction's arguments into words.</summary>
internal static class WordSplitter
{
    /// <summary>Splits on ASCII blanks with no quote handling (FROM, EXPOSE, COPY...).</summary>
    public static List<WordSyntax> OnBlanks(MappedText rest)
    {
        var words = new List<WordSyntax>();
        var text = rest.Text;
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && Characters.IsAsciiSpace(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && !Characters.IsAsciiSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new WordSyntax(text[start..i], rest.SourceSpan(start, i)));
            }
        }

        return words;
    }

    /// <summary>Splits on blanks outside quotes, keeping quotes and escapes in the words,
    /// as BuildKit does for ENV, LABEL and ARG before expansion removes them.</summary>
    public static List<WordSyntax> QuoteAware(MappedText rest, char escape)
    {
        var words = new List<WordSyntax>();
        var text = rest.Text;
        var start = -1;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (char.IsWhiteSpace(c))
                {
                    continue;
                }

                start = i;
            }

            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                words.Add(new WordSyntax(text[start..i], rest.SourceSpan(start, i)));
                start = -1;
                continue;
            }

            if (c == escape && quote != '\'' && i + 1 < text.Length)
            {
                i++;
                continue;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == quote)
            {
                quote = '\0';
            }
        }

        if (start >= 0)
        {
            words.Add(new WordSyntax(text[start..], rest.SourceSpan(start, text.Length)));
        }

        return words;
    }

    /// <summary>The whole rest as one word, trailing blanks removed (RUN, USER...).</summary>
    public static List<WordSyntax> Whole(MappedText rest)
    {
        var (start, end) = Trimmed(rest.Text);
        return end > start
            ? [new WordSyntax(rest.Text[start..end], rest.SourceSpan(start, end))]
            : [];
    }

    /// <summary>Where <see cref="Whole"/>'s word is in the file, or null when there is
    /// none; no text is copied.</summary>
    public static Ballast.Text.TextSpan? WholeSpan(MappedText rest)
    {
        var (start, end) = Trimmed(rest.Text);
        return end > start ? rest.SourceSpan(start, end) : null;
    }

    private static (int Start, int End) Trimmed(string text)
    {
        var end = text.Length;
        while (end > 0 && Characters.IsAsciiSpace(text[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && Characters.IsAsciiSpace(text[start]))
        {
            start++;
        }

        return (start, end);
    }
}
