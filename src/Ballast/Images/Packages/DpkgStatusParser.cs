namespace Ballast.Images.Packages;

/// <summary>Reads installed packages from dpkg's status database.</summary>
internal static class DpkgStatusParser
{
    /// <summary>
    /// Packages from status text, skipping stanzas dpkg no longer counts as installed. A
    /// <c>Source: name (version)</c> field gives the source package; without it the source
    /// is the binary itself, as dpkg assumes.
    /// </summary>
    public static IEnumerable<InstalledPackage> Parse(string text, string ecosystem)
    {
        foreach (var stanza in Deb822.Stanzas(text))
        {
            var name = stanza.GetValueOrDefault("Package");
            var version = stanza.GetValueOrDefault("Version");
            if (name is null || version is null || !IsInstalled(stanza))
            {
                continue;
            }

            var (sourceName, sourceVersion) = ParseSource(stanza.GetValueOrDefault("Source"));
            yield return new InstalledPackage(
                ecosystem,
                name,
                version,
                sourceName ?? name,
                sourceVersion ?? version,
                InstalledBytes(stanza.GetValueOrDefault("Installed-Size")));
        }
    }

    /// <summary>Splits <c>name</c> or <c>name (version)</c>.</summary>
    public static (string? Name, string? Version) ParseSource(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return (null, null);
        }

        var open = source.IndexOf('(');
        if (open < 0)
        {
            return (source.Trim(), null);
        }

        var close = source.IndexOf(')', open);
        var version = close > open ? source[(open + 1)..close].Trim() : null;
        return (source[..open].Trim(), string.IsNullOrEmpty(version) ? null : version);
    }

    private static bool IsInstalled(IReadOnlyDictionary<string, string> stanza)
    {
        // Distroless status.d files may leave Status out; they only list installed packages.
        var status = stanza.GetValueOrDefault("Status");
        if (status is null)
        {
            return true;
        }

        var words = status.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wanted = words.Length > 0 ? words[0] : "";
        var state = words.Length > 2 ? words[2] : "";
        return wanted is not ("deinstall" or "purge")
            && state is not ("not-installed" or "config-files");
    }

    private static long? InstalledBytes(string? kibibytes) =>
        long.TryParse(kibibytes, out var value) ? value * 1024 : null;
}
