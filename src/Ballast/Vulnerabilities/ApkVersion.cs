namespace Ballast.Vulnerabilities;

/// <summary>An apk version split into the parts <see cref="ApkVersionComparer"/> orders.</summary>
internal sealed record ApkVersion(
    IReadOnlyList<string> Numbers,
    char Letter,
    IReadOnlyList<ApkVersion.Suffix> Suffixes,
    string Release,
    string Rest)
{
    private static readonly string[] SuffixNames =
        ["alpha", "beta", "pre", "rc", "", "cvs", "svn", "git", "hg", "p"];

    /// <summary>
    /// One <c>_name[N]</c> suffix; its rank is negative before a release, positive after.
    /// </summary>
    public sealed record Suffix(int Rank, string Number);

    /// <summary>
    /// Splits a version; text that does not follow the grammar is kept in <see cref="Rest"/>
    /// and compared as plain text last, so malformed versions still order deterministically.
    /// </summary>
    public static ApkVersion Parse(string text)
    {
        var index = 0;
        var numbers = new List<string> { TakeDigits(text, ref index) };
        while (index + 1 < text.Length && text[index] == '.' && char.IsAsciiDigit(text[index + 1]))
        {
            index++;
            numbers.Add(TakeDigits(text, ref index));
        }

        var letter = '\0';
        if (index < text.Length && char.IsAsciiLetterLower(text[index]))
        {
            letter = text[index++];
        }

        var suffixes = new List<Suffix>();
        while (index < text.Length && text[index] == '_'
            && TryTakeSuffix(text, ref index, out var s))
        {
            suffixes.Add(s);
        }

        if (index < text.Length && text[index] == '~')
        {
            var end = text.IndexOf('-', index);
            index = end < 0 ? text.Length : end;
        }

        var release = "";
        if (index + 2 < text.Length && text[index] == '-' && text[index + 1] == 'r')
        {
            index += 2;
            release = TakeDigits(text, ref index);
        }

        return new ApkVersion(numbers, letter, suffixes, release, text[index..]);
    }

    private static bool TryTakeSuffix(string text, ref int index, out Suffix suffix)
    {
        var start = index + 1;
        var end = start;
        while (end < text.Length && char.IsAsciiLetterLower(text[end]))
        {
            end++;
        }

        var position = Array.IndexOf(SuffixNames, text[start..end]);
        if (end == start || position < 0)
        {
            suffix = new Suffix(0, "");
            return false;
        }

        index = end;
        suffix = new Suffix(position - 4, TakeDigits(text, ref index));
        return true;
    }

    private static string TakeDigits(string text, ref int index)
    {
        var start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return text[start..index];
    }
}
