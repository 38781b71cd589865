namespace Ballast.Syntax;

/// <summary>One physical line: where it starts, where its content ends (before any
/// <c>\r\n</c> or <c>\n</c>), and where the next line starts.</summary>
internal readonly record struct PhysicalLine(int Start, int ContentEnd, int End)
{
    public string Content(string text) => text[Start..ContentEnd];

    /// <summary>The content without copying it.</summary>
    public ReadOnlySpan<char> ContentSpan(string text) =>
        text.AsSpan(Start, ContentEnd - Start);

    public static List<PhysicalLine> Split(string text, int start)
    {
        var lines = new List<PhysicalLine>();
        var lineStart = start;
        while (lineStart < text.Length)
        {
            var newline = text.IndexOf('\n', lineStart);
            if (newline < 0)
            {
                lines.Add(new PhysicalLine(lineStart, text.Length, text.Length));
                break;
            }

            // BuildKit trims \r and \n from the end of each line, so CRLF files work.
            var contentEnd = newline > lineStart && text[newline - 1] == '\r'
                ? newline - 1
                : newline;
            lines.Add(new PhysicalLine(lineStart, contentEnd, newline + 1));
            lineStart = newline + 1;
        }

        return lines;
    }
}
