using System.Text;

namespace Ballast.Shell;

/// <summary>
/// Splits a word whose unquoted expansions hold blanks into several words, as the shell's
/// field splitting does with the default IFS.
/// </summary>
internal static class FieldSplitter
{
    public static IReadOnlyList<ShellWord>? Split(
        ShellWord word,
        string value,
        List<(int Start, int End)> splittable)
    {
        List<ShellWord> fields = [];
        var field = new StringBuilder();
        for (int index = 0; index < value.Length; index++)
        {
            char current = value[index];
            if (current is ' ' or '\t' or '\n' && IsSplittable(index, splittable))
            {
                Flush(word, field, fields);
                continue;
            }

            field.Append(current);
        }

        Flush(word, field, fields);
        if (fields.Count == 1 && fields[0].Value == value)
        {
            return null;
        }

        // An unquoted expansion that is empty leaves no word at all; quotes keep one.
        bool quoted = word.Raw.AsSpan().IndexOfAny("'\"") >= 0;
        return fields.Count == 0 && quoted ? [word with { Value = string.Empty }] : fields;
    }

    private static void Flush(ShellWord word, StringBuilder field, List<ShellWord> fields)
    {
        if (field.Length == 0)
        {
            return;
        }

        fields.Add(word with { Value = field.ToString() });
        field.Clear();
    }

    private static bool IsSplittable(int index, List<(int Start, int End)> splittable) =>
        splittable.Exists(range => index >= range.Start && index < range.End);
}
