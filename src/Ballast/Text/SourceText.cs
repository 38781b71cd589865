namespace Ballast.Text;

/// <summary>
/// The text of one file with its path and a table of line starts, so that offsets can be
/// turned into 1-based lines and columns. Lines end at <c>\n</c>; a lone <c>\r</c> is not a
/// line break, as in BuildKit.
/// </summary>
public sealed class SourceText
{
    private readonly int[] lineStarts;

    /// <summary>Wraps <paramref name="text"/>, read from <paramref name="path"/>.</summary>
    public SourceText(string text, string path = "Dockerfile")
    {
        Text = text;
        Path = path;
        lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>The path the text was read from, as the user named it.</summary>
    public string Path { get; }

    /// <summary>The number of lines; a final line break does not start a new line.</summary>
    public int LineCount =>
        lineStarts.Length > 1 && lineStarts[^1] == Text.Length
            ? lineStarts.Length - 1
            : lineStarts.Length;

    /// <summary>The 1-based line and column of <paramref name="offset"/>.</summary>
    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        // A byte order mark is not a column: editors and BuildKit count from the first
        // character after it.
        var column = offset - lineStarts[index] + 1;
        if (index == 0 && offset > 0 && Text.Length > 0 && Text[0] == '\uFEFF')
        {
            column--;
        }

        return new LinePosition(index + 1, column);
    }

    /// <summary>The offset of the first character of 1-based <paramref name="line"/>.</summary>
    public int GetLineStart(int line) => lineStarts[Math.Clamp(line - 1, 0, lineStarts.Length - 1)];

    /// <summary>The text of 1-based <paramref name="line"/> without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        var end = line < lineStarts.Length ? lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\n').TrimEnd('\r');
    }

    /// <summary>The location of <paramref name="span"/> in this file.</summary>
    public Location GetLocation(TextSpan span)
    {
        var end = span.IsEmpty ? span.End : span.End - 1;
        var endPosition = GetPosition(end);
        if (!span.IsEmpty)
        {
            endPosition = endPosition with { Column = endPosition.Column + 1 };
        }

        return new Location(Path, span, GetPosition(span.Start), endPosition);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
