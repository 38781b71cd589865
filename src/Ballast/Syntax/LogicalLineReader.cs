using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// Joins continuation lines the way BuildKit does (spec 1.3): the escape character and the
/// blanks after it are removed and the next line is appended as it is; comment lines and
/// blank lines inside a continuation are dropped, the latter with a warning.
/// </summary>
internal sealed class LogicalLineReader(
    string text, List<PhysicalLine> lines, char escape, List<SyntaxDiagnostic> diagnostics)
{
    public LogicalLine Read(int first)
    {
        var pieces = new List<TextSpan>();
        var trivia = new List<TokenEntry>();
        var start = FirstNonBlank(lines[first]);
        var from = start;
        var index = first;
        var end = start;
        var emptyContinuation = false;
        while (true)
        {
            var line = lines[index];
            var escapeAt = ContinuationEscape(line, from);
            var contentEnd = escapeAt ?? line.ContentEnd;
            pieces.Add(TextSpan.FromBounds(from, contentEnd));
            end = line.ContentEnd;
            index++;
            if (escapeAt is null)
            {
                break;
            }

            trivia.Add(Token(TokenKind.LineContinuation, escapeAt.Value, line.ContentEnd));
            index = SkipDroppedLines(index, trivia, ref emptyContinuation, ref end);
            if (index >= lines.Count)
            {
                break;
            }

            from = lines[index].Start;
        }

        if (emptyContinuation)
        {
            var last = lines[index - 1];
            diagnostics.Add(new SyntaxDiagnostic("NoEmptyContinuation",
                "Empty continuation lines will become errors in a future release",
                TextSpan.FromBounds(last.Start, last.ContentEnd), false));
        }

        var mapped = MappedText.Join(text, pieces, end);
        return new LogicalLine(mapped, start, end, index, trivia);
    }

    private int SkipDroppedLines(
        int index, List<TokenEntry> trivia, ref bool emptyContinuation, ref int end)
    {
        while (index < lines.Count)
        {
            var line = lines[index];
            var content = line.ContentSpan(text);
            if (Characters.IsCommentLine(content))
            {
                trivia.Add(Token(TokenKind.Comment, line.Start, line.ContentEnd));
            }
            else if (Characters.IsBlankLine(content))
            {
                emptyContinuation = true;
            }
            else
            {
                return index;
            }

            end = line.ContentEnd;
            index++;
        }

        return index;
    }

    /// <summary>The offset of the escape that continues the line, or null. The escape must be
    /// the last non-blank character and not itself escaped; BuildKit's own limitation is kept:
    /// an escaped escape followed by a continuation escape does not continue.</summary>
    private int? ContinuationEscape(PhysicalLine line, int from)
    {
        var i = line.ContentEnd - 1;
        while (i >= from && Characters.IsBlank(text[i]))
        {
            i--;
        }

        if (i < from || text[i] != escape)
        {
            return null;
        }

        return i > from && text[i - 1] == escape ? null : i;
    }

    private int FirstNonBlank(PhysicalLine line)
    {
        var i = line.Start;
        while (i < line.ContentEnd && Characters.IsAsciiSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static TokenEntry Token(TokenKind kind, int start, int end) =>
        new(kind, TextSpan.FromBounds(start, end));
}
