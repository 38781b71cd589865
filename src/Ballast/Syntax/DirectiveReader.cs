namespace Ballast.Syntax;

/// <summary>Recognises parser directive lines: <c>#</c>, optional blanks, a key (a letter
/// then letters or digits), optional blanks, <c>=</c>, optional blanks, a value.</summary>
internal static class DirectiveReader
{
    private static readonly string[] Known = ["syntax", "escape", "check"];

    public static bool TryRead(string line, out string key, out string value)
    {
        key = "";
        value = "";
        var text = line.TrimStart();
        if (!text.StartsWith('#'))
        {
            return false;
        }

        var i = SkipBlanks(text, 1);
        var keyStart = i;
        if (i >= text.Length || !char.IsAsciiLetter(text[i]))
        {
            return false;
        }

        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        key = text[keyStart..i].ToLowerInvariant();
        i = SkipBlanks(text, i);
        if (i >= text.Length || text[i] != '=')
        {
            return false;
        }

        value = text[SkipBlanks(text, i + 1)..].TrimEnd();
        return value.Length > 0 && Known.Contains(key);
    }

    private static int SkipBlanks(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
