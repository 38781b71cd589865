using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// A logical text assembled from pieces of a file (continuation lines joined, comment lines
/// inside a continuation dropped) that remembers, for every character, the offset it came
/// from. Words found in the logical text are mapped back to exact spans in the file.
/// </summary>
public sealed class MappedText
{
    private readonly int[] offsets;
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
        this.offsets = offsets;
        this.endOffset = endOffset;
    }

    /// <summary>The logical text.</summary>
    public string Text { get; }

    /// <summary>The number of characters.</summary>
    public int Length => Text.Length;

    /// <summary>The file offset of logical character <paramref name="index"/>; the index one
    /// past the end maps to the end of the source range.</summary>
    public int SourceOffset(int index) => index < offsets.Length ? offsets[index] : endOffset;

    /// <summary>The file span covered by logical characters [start, end).</summary>
    public TextSpan SourceSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = SourceOffset(start);
            return new TextSpan(at, 0);
        }

        return TextSpan.FromBounds(offsets[start], offsets[end - 1] + 1);
    }

    /// <summary>The logical characters [start, end) as a mapped text of their own.</summary>
    public MappedText Slice(int start, int end)
    {
        start = Math.Clamp(start, 0, Length);
        end = Math.Clamp(end, start, Length);
        var endAt = end < Length ? offsets[end] : endOffset;
        if (end > start && end == Length)
        {
            endAt = Math.Max(endOffset, offsets[end - 1] + 1);
        }

        return new MappedText(Text[start..end], offsets[start..end], endAt);
    }

    /// <summary>The logical index of the first character at or after file
    /// <paramref name="sourceOffset"/>, or <see cref="Length"/>.</summary>
    public int IndexOfSource(int sourceOffset)
    {
        var index = Array.BinarySearch(offsets, sourceOffset);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Makes a mapped text of a contiguous part of a file.</summary>
    public static MappedText Contiguous(string fileText, TextSpan span)
    {
        var map = new int[span.Length];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = span.Start + i;
        }

        return new MappedText(fileText.Substring(span.Start, span.Length), map, span.End);
    }

    /// <summary>This text followed by <paramref name="other"/>.</summary>
    public MappedText Concat(MappedText other)
    {
        var map = new int[Length + other.Length];
        offsets.CopyTo(map, 0);
        for (var i = 0; i < other.Length; i++)
        {
            map[Length + i] = other.SourceOffset(i);
        }

        return new MappedText(Text + other.Text, map, other.endOffset);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
