using Ballast.Text;

namespace Ballast.Shell;

/// <summary>Recognises <c>NAME=value</c> and <c>NAME+=value</c> words.</summary>
internal static class ShellAssignments
{
    /// <summary>The assignment the word spells, or null when it is an ordinary word.</summary>
    public static ShellAssignment? TryRead(ShellWord word)
    {
        string raw = word.Raw;
        int equals = raw.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return null;
        }

        int nameEnd = raw[equals - 1] == '+' ? equals - 1 : equals;
        if (!ShellNames.IsName(raw.AsSpan(0, nameEnd)))
        {
            return null;
        }

        // The name and '=' hold no quotes or escapes, so the value keeps the same prefix.
        TextSpan valueSpan = word.IsFromOuterWord
            ? word.Span
            : TextSpan.FromBounds(word.Span.Start + equals + 1, word.Span.End);
        var value = new ShellWord(
            valueSpan,
            raw[(equals + 1)..],
            word.Value?[(equals + 1)..],
            word.HasExpansion,
            word.IsFromOuterWord);
        return new ShellAssignment(raw[..nameEnd], value, word.Span);
    }
}
