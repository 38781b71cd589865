namespace Ballast.Images.Packages;

/// <summary>Reads <c>os-release</c>: <c>KEY=value</c> lines, values optionally quoted.
/// </summary>
internal static class OsReleaseParser
{
    public static OsRelease? Parse(string text)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            var equals = line.IndexOf('=');
            if (line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            fields[line[..equals]] = Unquote(line[(equals + 1)..]);
        }

        if (!fields.TryGetValue("ID", out var id))
        {
            return null;
        }

        var idLike = fields.GetValueOrDefault("ID_LIKE") ?? "";
        return new OsRelease(
            id,
            fields.GetValueOrDefault("VERSION_ID"),
            fields.GetValueOrDefault("VERSION_CODENAME"),
            fields.GetValueOrDefault("PRETTY_NAME"),
            idLike.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static string Unquote(string value)
    {
        var quoted = value.Length >= 2
            && (value[0] == '"' || value[0] == '\'')
            && value[^1] == value[0];
        return quoted ? value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal) : value;
    }
}
