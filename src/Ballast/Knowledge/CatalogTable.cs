using System.Globalization;

namespace Ballast.Knowledge;

/// <summary>The rows of base-images.tsv, indexed for lookup.</summary>
internal sealed class CatalogTable
{
    private readonly Dictionary<string, (Distro Distro, string Version)> releases =
        new(StringComparer.Ordinal);
    private readonly Dictionary<(string Family, string Line), List<(DateOnly From, string Release)>>
        defaults = [];
    private readonly Dictionary<(string Family, string Version), (DateOnly First, DateOnly Last)>
        tagLives = [];
    private readonly List<(DateOnly From, string Version)> alpineLatest = [];
    private readonly Dictionary<(string Family, Variant Variant), bool> tools = [];
    private readonly Dictionary<(string Family, Variant Variant, string Release), long> sizes = [];

    /// <summary>Reads the catalogue; rows that do not parse are skipped.</summary>
    public static CatalogTable Read(TextReader reader)
    {
        var table = new CatalogTable();
        foreach (var row in KnowledgeResource.Rows(reader))
        {
            table.Add(row);
        }

        foreach (var list in table.defaults.Values)
        {
            list.Sort((left, right) => left.From.CompareTo(right.From));
        }

        table.alpineLatest.Sort((left, right) => left.From.CompareTo(right.From));
        return table;
    }

    private void Add(string[] row)
    {
        switch (row)
        {
            case ["release", var codename, var distro, var version]
                when Enum.TryParse<Distro>(distro, out var parsed):
                releases[codename] = (parsed, version);
                break;
            case ["default", var family, var line, var from, var release]
                when TryDate(from, out var date):
                DefaultsOf(family, line).Add((date, release));
                break;
            case ["tag", var family, var version, var first, var last]
                when TryDate(first, out var start) && TryDate(last, out var end):
                tagLives[(family, version)] = (start, end);
                break;
            case ["alpine", var from, var version] when TryDate(from, out var date):
                alpineLatest.Add((date, version));
                break;
            case ["tools", var family, var variant, var answer]
                when Enum.TryParse<Variant>(variant, out var parsed):
                tools[(family, parsed)] = answer == "yes";
                break;
            case ["size", var family, var variant, var release, var bytes]
                when Enum.TryParse<Variant>(variant, out var parsed)
                    && long.TryParse(bytes, CultureInfo.InvariantCulture, out var size):
                sizes[(family, parsed, release)] = size;
                break;
        }
    }

    private List<(DateOnly From, string Release)> DefaultsOf(string family, string line)
    {
        if (!defaults.TryGetValue((family, line), out var list))
        {
            list = [];
            defaults[(family, line)] = list;
        }

        return list;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out date);

    /// <summary>The distro and version of a release codename.</summary>
    public (Distro Distro, string Version)? Release(string codename) =>
        releases.TryGetValue(codename, out var release) ? release : null;

    /// <summary>The codename whose version is <paramref name="version"/> (12 gives bookworm,
    /// 22.04 gives jammy).</summary>
    public string? CodenameOf(Distro distro, string version) => releases
        .Where(pair => pair.Value.Distro == distro && pair.Value.Version == version)
        .Select(pair => pair.Key)
        .FirstOrDefault();

    /// <summary>True when <paramref name="family"/> has defaults recorded for
    /// <paramref name="line"/>.</summary>
    public bool HasLine(string family, string line) => defaults.ContainsKey((family, line));

    /// <summary>The release a tag without an OS token meant on <paramref name="date"/>, or
    /// null before the first recorded window.</summary>
    public string? DefaultRelease(string family, string line, DateOnly date)
    {
        if (!defaults.TryGetValue((family, line), out var windows))
        {
            return null;
        }

        return windows.LastOrDefault(window => window.From <= date).Release;
    }

    /// <summary>When a patch tag was published, if recorded.</summary>
    public (DateOnly First, DateOnly Last)? TagLife(string family, string version) =>
        tagLives.TryGetValue((family, version), out var life) ? life : null;

    /// <summary>The Alpine version bare <c>-alpine</c> meant on <paramref name="date"/>.
    /// </summary>
    public string? AlpineLatest(DateOnly date) =>
        alpineLatest.LastOrDefault(entry => entry.From <= date).Version;

    /// <summary>Whether images of that family and variant carry compilers.</summary>
    public bool ShipsBuildTools(string family, Variant variant) =>
        tools.TryGetValue((family, variant), out var answer) && answer;

    /// <summary>The estimated compressed size, release-specific when recorded.</summary>
    public long? EstimatedSize(string family, Variant variant, string release)
    {
        if (sizes.TryGetValue((family, variant, release), out var exact))
        {
            return exact;
        }

        return sizes.TryGetValue((family, variant, "*"), out var any) ? any : null;
    }
}
