namespace Ballast.Images.Packages;

/// <summary>
/// Splits Debian control-style text (dpkg status) and RFC 822 style headers (Python
/// METADATA) into stanzas of fields. Continuation lines are joined to their field.
/// </summary>
internal static class Deb822
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Stanzas(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Trim().Length == 0)
            {
                if (fields.Count > 0)
                {
                    yield return fields;
                    fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                }

                last = null;
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                if (last is not null)
                {
                    fields[last] += "\n" + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            last = line[..colon].Trim();
            fields[last] = line[(colon + 1)..].Trim();
        }

        if (fields.Count > 0)
        {
            yield return fields;
        }
    }

    /// <summary>The header block only: fields up to the first blank line.</summary>
    public static IReadOnlyDictionary<string, string> Headers(string text) =>
        Stanzas(text).FirstOrDefault() ?? new Dictionary<string, string>();
}
