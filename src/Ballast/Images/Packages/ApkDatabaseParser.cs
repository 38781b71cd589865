namespace Ballast.Images.Packages;

/// <summary>Reads installed packages from apk's <c>installed</c> database.</summary>
internal static class ApkDatabaseParser
{
    /// <summary>
    /// Packages from database text: records separated by blank lines, each line a one-letter
    /// key and a value. <c>o:</c> (origin) is the source package advisories are keyed by.
    /// </summary>
    public static IEnumerable<InstalledPackage> Parse(string text)
    {
        var record = new Dictionary<char, string>();
        foreach (var rawLine in text.Split('\n').Append(""))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length >= 2 && line[1] == ':')
            {
                // Only the first value of a key matters; file lists repeat F: and R:.
                record.TryAdd(line[0], line[2..]);
                continue;
            }

            if (line.Length == 0 && record.Count > 0)
            {
                if (ToPackage(record) is { } package)
                {
                    yield return package;
                }

                record.Clear();
            }
        }
    }

    private static InstalledPackage? ToPackage(Dictionary<char, string> record)
    {
        if (!record.TryGetValue('P', out var name) || !record.TryGetValue('V', out var version))
        {
            return null;
        }

        var origin = record.GetValueOrDefault('o') ?? name;
        long? size = long.TryParse(record.GetValueOrDefault('I'), out var bytes) ? bytes : null;
        return new InstalledPackage("Alpine", name, version, origin, version, size);
    }
}
