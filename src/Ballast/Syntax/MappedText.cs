using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// A logical text assembled from pieces of a file (continuation lines joined, comment lines
/// inside a continuation dropped) that remembers, for every character, the offset it came
/// from. Words found in the logical text are mapped back to exact spans in the file.
/// </summary>
public sealed class MappedText
{
    // The map is kept per piece, not per character: a logical line is a handful of contiguous
    // runs of the file. Piece k starts at index pieceStarts[k] of the root text (the text
    // the pieces were made for) and at file offset pieceSources[k]; pieceStarts ends with
    // the root's length. Slices share the arrays of their root and shift by origin.
    private readonly int[] pieceStarts;
    private readonly int[] pieceSources;
    private readonly int origin;
    private readonly int endOffset;

    /// <summary>Wraps <paramref name="text"/> whose character <c>i</c> came from file offset
    /// <c>offsets[i]</c>; <paramref name="endOffset"/> is the file offset just past the
    /// last character.</summary>
    public MappedText(string text, int[] offsets, int endOffset)
    {
        if (text.Length != offsets.Length)
        {
            throw new ArgumentException("Every character needs an offset.", nameof(offsets));
        }

        Text = text;
        (pieceStarts, pieceSources) = PiecesOf(offsets);
        this.endOffset = endOffset;
    }

    private MappedText(string text, int[] pieceStarts, int[] pieceSources, int origin,
        int endOffset)
    {
        Text = text;
        this.pieceStarts = pieceStarts;
        this.pieceSources = pieceSources;
        this.origin = origin;
        this.endOffset = endOffset;
    }

    /// <summary>The logical text.</summary>
    public string Text { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The file offset of logical character <paramref name="index"/>; the index one
    /// past the end maps to the end of the source range.</summary>
    public int SourceOffset(int index)
    {
        if (index >= Length)
        {
            return endOffset;
        }

        var at = origin + index;
        var piece = PieceAt(at);
        return pieceSources[piece] + at - pieceStarts[piece];
    }

    /// <summary>The file span covered by logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start)
        {
            return new TextSpan(SourceOffset(start), 0);
        }

        return TextSpan.FromBounds(SourceOffset(start), SourceOffset(end - 1) + 1);
    }

    /// <summary>The logical characters [start, end) as a mapped text of their own.</summary>
    public MappedText Slice(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        var endAt = end < Length ? SourceOffset(end) : endOffset;
        if (end > start && end == Length)
        {
            endAt = Math.Max(endOffset, SourceOffset(end - 1) + 1);
        }

        return new MappedText(Text[start..end], pieceStarts, pieceSources, origin + start,
            endAt);
    }

    /// <summary>The logical index of the first character at or after file
    /// <paramref name="sourceOffset"/>, or <see cref="Length"/>.</summary>
    public int IndexOfSource(int sourceOffset)
    {
        var found = pieceSources.AsSpan().BinarySearch(sourceOffset);
        var piece = found >= 0 ? found : ~found - 1;
        int at;
        if (piece < 0)
        {
            at = 0;
        }
        else if (sourceOffset < pieceSources[piece] + PieceLength(piece))
        {
            at = pieceStarts[piece] + sourceOffset - pieceSources[piece];
        }
        else
        {
            at = pieceStarts[piece + 1];
        }

        return Math.Clamp(at - origin, 0, Length);
    }

    /// <summary>The logical index just past the run of characters that came from one
    /// contiguous part of the file and holds character <paramref name="index"/>.</summary>
    public int RunEnd(int index)
    {
        if (index >= Length)
        {
            return Length;
        }

        var piece = PieceAt(origin + index);
        return Math.Min(pieceStarts[piece + 1] - origin, Length);
    }

    /// <summary>Makes a mapped text of a contiguous part of a file.</summary>
    public static MappedText Contiguous(string fileText, TextSpan span) =>
        new(fileText.Substring(span.Start, span.Length), [0, span.Length],
            [span.Start], 0, span.End);

    /// <summary>The text of the file ranges <paramref name="pieces"/>, in order and not
    /// overlapping, joined; <paramref name="endOffset"/> is the file offset just past the
    /// last character.</summary>
    internal static MappedText Join(string fileText, List<TextSpan> pieces, int endOffset)
    {
        var count = pieces.Count(piece => !piece.IsEmpty);
        var starts = new int[count + 1];
        var sources = new int[count];
        var length = 0;
        var next = 0;
        foreach (var piece in pieces)
        {
            if (piece.IsEmpty)
            {
                continue;
            }

            starts[next] = length;
            sources[next++] = piece.Start;
            length += piece.Length;
        }

        starts[count] = length;
        var text = pieces.Count == 1
            ? fileText.Substring(pieces[0].Start, pieces[0].Length)
            : string.Create(length, (fileText, pieces), CopyPieces);
        return new MappedText(text, starts, sources, 0, endOffset);
    }

    /// <summary>This text followed by <paramref name="other"/>.</summary>
    public MappedText Concat(MappedText other)
    {
        var starts = new List<int>();
        var sources = new List<int>();
        AddPieces(starts, sources, 0);
        other.AddPieces(starts, sources, Length);
        starts.Add(Length + other.Length);
        return new MappedText(Text + other.Text, [.. starts], [.. sources], 0,
            other.endOffset);
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static void CopyPieces(Span<char> target, (string Text, List<TextSpan> Pieces) state)
    {
        var at = 0;
        foreach (var piece in state.Pieces)
        {
            state.Text.AsSpan(piece.Start, piece.Length).CopyTo(target[at..]);
            at += piece.Length;
        }
    }

    /// <summary>Adds this text's pieces, clipped to its window, at logical index
    /// <paramref name="shift"/> onwards.</summary>
    private void AddPieces(List<int> starts, List<int> sources, int shift)
    {
        if (Length == 0)
        {
            return;
        }

        var last = PieceAt(origin + Length - 1);
        for (var piece = PieceAt(origin); piece <= last; piece++)
        {
            var start = Math.Max(pieceStarts[piece], origin);
            starts.Add(start - origin + shift);
            sources.Add(pieceSources[piece] + start - pieceStarts[piece]);
        }
    }

    private int PieceAt(int at)
    {
        var found = pieceStarts.AsSpan().BinarySearch(at);
        return found >= 0 ? found : ~found - 1;
    }

    private int PieceLength(int piece) => pieceStarts[piece + 1] - pieceStarts[piece];

    private static (int[] Starts, int[] Sources) PiecesOf(int[] offsets)
    {
        var starts = new List<int>();
        var sources = new List<int>();
        for (var i = 0; i < offsets.Length; i++)
        {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1)
            {
                starts.Add(i);
                sources.Add(offsets[i]);
            }
        }

        starts.Add(offsets.Length);
        return ([.. starts], [.. sources]);
    }
}
