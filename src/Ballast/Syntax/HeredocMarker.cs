using System.Text;

namespace Ballast.Syntax;

/// <summary>A heredoc marker found in an instruction's logical line, before its body is
/// read: the delimiter, its modes, and the logical range of the marker word.</summary>
internal sealed record HeredocMarker(
    string Name, bool Chomp, bool Expand, int? FileDescriptor, int Start, int End)
{
    /// <summary>
    /// Finds the markers in <paramref name="line"/>. BuildKit splits the line with a shell
    /// lexer that always uses backslash, whatever the escape directive says, and keeps
    /// <c>&lt;&lt;</c> and the blanks after it in one word; a word is a marker when it is
    /// optional digits, <c>&lt;&lt;</c>, optional <c>-</c>, optional blanks, and a delimiter
    /// without <c>&lt;</c>.
    /// </summary>
    public static List<HeredocMarker> Find(string line)
    {
        var markers = new List<HeredocMarker>();
        if (!line.Contains("<<", StringComparison.Ordinal))
        {
            return markers;
        }

        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i]))
            {
                i++;
            }

            if (i >= line.Length)
            {
                break;
            }

            var start = i;
            i = MarkerPrefixEnd(line, i);
            if (!TryReadWord(line, ref i))
            {
                // Unbalanced quotes: BuildKit swallows the lexer error and finds no heredoc.
                return [];
            }

            var marker = Parse(line, start, i);
            if (marker is not null)
            {
                markers.Add(marker);
            }
        }

        return markers;
    }

    private static int MarkerPrefixEnd(string line, int i)
    {
        var j = i;
        while (j < line.Length && char.IsAsciiDigit(line[j]))
        {
            j++;
        }

        if (j + 1 >= line.Length || line[j] != '<' || line[j + 1] != '<')
        {
            return i;
        }

        j += 2;
        if (j < line.Length && line[j] == '-')
        {
            j++;
        }

        while (j < line.Length && line[j] is ' ' or '\t')
        {
            j++;
        }

        return j;
    }

    private static bool TryReadWord(string line, ref int i)
    {
        char quote = '\0';
        while (i < line.Length)
        {
            var c = line[i];
            if (quote == '\0' && char.IsWhiteSpace(c))
            {
                return true;
            }

            if (c == '\\' && quote != '\'' && i + 1 < line.Length)
            {
                i += 2;
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

            i++;
        }

        return quote == '\0';
    }

    private static HeredocMarker? Parse(string line, int start, int end)
    {
        var word = line[start..end];
        var j = 0;
        while (j < word.Length && char.IsAsciiDigit(word[j]))
        {
            j++;
        }

        var digits = word[..j];
        if (!word.AsSpan(j).StartsWith("<<", StringComparison.Ordinal))
        {
            return null;
        }

        j += 2;
        var chomp = j < word.Length && word[j] == '-';
        if (chomp)
        {
            j++;
        }

        while (j < word.Length && word[j] is ' ' or '\t')
        {
            j++;
        }

        var delimiter = word[j..];
        if (delimiter.Length == 0 || delimiter.Contains('<'))
        {
            return null;
        }

        var (name, quoted) = Unquote(delimiter);
        if (name.Length == 0)
        {
            return null;
        }

        int? descriptor = digits.Length > 0 && int.TryParse(digits, out var fd) ? fd : null;
        return new HeredocMarker(name, chomp, !quoted, descriptor, start, end);
    }

    private static (string Name, bool Quoted) Unquote(string delimiter)
    {
        var builder = new StringBuilder();
        var quoted = false;
        char quote = '\0';
        for (var i = 0; i < delimiter.Length; i++)
        {
            var c = delimiter[i];
            if (c == '\\' && quote != '\'' && i + 1 < delimiter.Length)
            {
                // An escaped quote does not count as quoting: <<eo\'f expands.
                builder.Append(delimiter[++i]);
                continue;
            }

            if (quote == '\0' && c is '\'' or '"')
            {
                quote = c;
                quoted = true;
                continue;
            }

            if (c == quote)
            {
                quote = '\0';
                continue;
            }

            builder.Append(c);
        }

        return (builder.ToString(), quoted);
    }
}
