using Ballast.Images;

namespace Ballast.Tests.Vulnerabilities;

/// <summary>
/// Reads the dpkg status fixture into installed packages. The image readers own the real
/// parser; this one knows just enough (Package, Version, Source, Status) for the tests.
/// </summary>
internal static class DpkgStatusFixture
{
    public static string CasesDirectory { get; } =
        Path.Combine(AppContext.BaseDirectory, "Cases", "Vulnerabilities");

    public static IReadOnlyList<InstalledPackage> Load()
    {
        var text = File.ReadAllText(Path.Combine(CasesDirectory, "dpkg-status"));
        return text
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(Fields)
            .Where(f => f.GetValueOrDefault("Status", "")
                .EndsWith(" installed", StringComparison.Ordinal))
            .Select(ToPackage)
            .ToList();
    }

    private static Dictionary<string, string> Fields(string stanza)
    {
        return stanza
            .Split('\n')
            .Where(line => line.Length > 0 && !char.IsWhiteSpace(line[0]) && line.Contains(':'))
            .Select(line => line.Split(':', 2))
            .ToDictionary(p => p[0], p => p[1].Trim());
    }

    private static InstalledPackage ToPackage(Dictionary<string, string> fields)
    {
        var name = fields["Package"];
        var version = fields["Version"];
        var source = fields.GetValueOrDefault("Source", name);
        var sourceVersion = version;
        var parenthesis = source.IndexOf(" (", StringComparison.Ordinal);
        if (parenthesis >= 0)
        {
            sourceVersion = source[(parenthesis + 2)..].TrimEnd(')');
            source = source[..parenthesis];
        }

        return new InstalledPackage("Debian", name, version, source, sourceVersion);
    }
}
