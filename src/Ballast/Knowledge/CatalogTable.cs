using System.Globalization;

namespace Ballast.Knowledge;

/// <summary>The rows of base-images.tsv, indexed for lookup.</summary>
internal sealed class CatalogTable
{
    // Keys are words joined by tabs and values are classes: collections of strings and
    // classes share code the runtime ships precompiled, where tuple keys or values need
    // fresh JIT work that once made loading this small table cost tens of milliseconds.
    private readonly Dictionary<string, ReleaseRow> releases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Window>> defaults = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Life> tagLives = new(StringComparer.Ordinal);
    private readonly List<Window> alpineLatest = [];
    private readonly HashSet<string> tools = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> sizes = new(StringComparer.Ordinal);

    /// <summary>Reads the catalogue; rows that do not parse are skipped.</summary>
    public static CatalogTable Read(TextReader reader)
    {
        var table = new CatalogTable();
        foreach (var row in KnowledgeResource.Rows(reader))
        {
            table.Add(row);
        }

        // Windows are kept in file order, which is by date; lookups take the last one that
        // started on or before the date asked about.
        return table;
    }

    private void Add(string[] row)
    {
        switch (row[0])
        {
            case "release" when row.Length == 4:
                releases[row[1]] = new ReleaseRow(DistroNamed(row[2]), row[3]);
                break;
            case "default" when row.Length == 5 && TryDate(row[3], out var date):
                DefaultsOf(Key(row[1], row[2])).Add(new Window(date, row[4]));
                break;
            case "tag" when row.Length == 5
                && TryDate(row[3], out var first) && TryDate(row[4], out var last):
                tagLives[Key(row[1], row[2])] = new Life(first, last);
                break;
            case "alpine" when row.Length == 3 && TryDate(row[1], out var from):
                alpineLatest.Add(new Window(from, row[2]));
                break;
            case "tools" when row.Length == 4 && row[3] == "yes":
                tools.Add(Key(row[1], row[2]));
                break;
            case "size" when row.Length == 5:
                sizes[Key(row[1], row[2], row[3])] = row[4];
                break;
        }
    }

    private List<Window> DefaultsOf(string key)
    {
        if (!defaults.TryGetValue(key, out var list))
        {
            list = [];
            defaults[key] = list;
        }

        return list;
    }

    private static string Key(params string[] words) => string.Join('\t', words);

    private static Distro DistroNamed(string name) => name switch
    {
        "Debian" => Distro.Debian,
        "Ubuntu" => Distro.Ubuntu,
        "Alpine" => Distro.Alpine,
        _ => Distro.Unknown,
    };

    // yyyy-MM-dd, read by hand: the culture-aware parsers cost more to start than the
    // whole catalogue takes to read.
    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.AsSpan(8, 2), CultureInfo.InvariantCulture, out var day)
            || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The distro and version of a release codename.</summary>
    public ReleaseRow? Release(string codename) => releases.GetValueOrDefault(codename);

    /// <summary>The codename whose version is <paramref name="version"/> (12 gives bookworm,
    /// 22.04 gives jammy).</summary>
    public string? CodenameOf(Distro distro, string version) => releases
        .Where(pair => pair.Value.Distro == distro && pair.Value.Version == version)
        .Select(pair => pair.Key)
        .FirstOrDefault();

    /// <summary>True when <paramref name="family"/> has defaults recorded for
    /// <paramref name="line"/>.</summary>
    public bool HasLine(string family, string line) => defaults.ContainsKey(Key(family, line));

    /// <summary>The release a tag without an OS token meant on <paramref name="date"/>, or
    /// null before the first recorded window.</summary>
    public string? DefaultRelease(string family, string line, DateOnly date)
    {
        if (!defaults.TryGetValue(Key(family, line), out var windows))
        {
            return null;
        }

        return windows.LastOrDefault(window => window.From <= date)?.Value;
    }

    /// <summary>When a patch tag was published, if recorded.</summary>
    public Life? TagLife(string family, string version) =>
        tagLives.GetValueOrDefault(Key(family, version));

    /// <summary>The Alpine version bare <c>-alpine</c> meant on <paramref name="date"/>.
    /// </summary>
    public string? AlpineLatest(DateOnly date) =>
        alpineLatest.LastOrDefault(entry => entry.From <= date)?.Value;

    /// <summary>Whether images of that family and variant carry compilers.</summary>
    public bool ShipsBuildTools(string family, Variant variant) =>
        tools.Contains(Key(family, Name(variant)));

    /// <summary>The estimated compressed size, release-specific when recorded.</summary>
    public long? EstimatedSize(string family, Variant variant, string release)
    {
        var text = sizes.GetValueOrDefault(Key(family, Name(variant), release))
            ?? sizes.GetValueOrDefault(Key(family, Name(variant), "*"));
        return long.TryParse(text, CultureInfo.InvariantCulture, out var bytes) ? bytes : null;
    }

    private static string Name(Variant variant) => variant switch
    {
        Variant.Full => "Full",
        Variant.Slim => "Slim",
        Variant.Alpine => "Alpine",
        Variant.Distroless => "Distroless",
        Variant.Chiseled => "Chiseled",
        _ => "Other",
    };

    /// <summary>A release codename's distro and version number.</summary>
    internal sealed record ReleaseRow(Distro Distro, string Version);

    /// <summary>A value (a release or an Alpine version) in force from a date on.</summary>
    internal sealed record Window(DateOnly From, string Value);

    /// <summary>The first and last day a tag was published.</summary>
    internal sealed record Life(DateOnly First, DateOnly Last);
}
