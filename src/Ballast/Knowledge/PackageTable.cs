namespace Ballast.Knowledge;

/// <summary>The package facts of one distro release, as read from one data file.</summary>
internal sealed class PackageTable
{
    private readonly Dictionary<string, IReadOnlyList<string>> runtimes =
        new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> virtuals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> closures =
        new(StringComparer.Ordinal);

    /// <summary>Reads a table in the debian-*.tsv format (kind, name, value).</summary>
    public static PackageTable Read(TextReader reader)
    {
        var table = new PackageTable();
        foreach (var row in KnowledgeResource.Rows(reader))
        {
            if (row.Length < 3)
            {
                continue;
            }

            table.Add(row[0], row[1], row[2]);
        }

        return table;
    }

    private void Add(string kind, string name, string value)
    {
        switch (kind)
        {
            case "dev":
                runtimes[name] = List(value);
                break;
            case "virtual":
                virtuals[name] = value;
                break;
            case "closure":
                closures[name] = List(value);
                break;
            case "size" when long.TryParse(value, out var bytes):
                sizes[name] = bytes;
                break;
        }
    }

    private static string[] List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The real package behind <paramref name="name"/>.</summary>
    public string Canonical(string name) => virtuals.TryGetValue(name, out var real) ? real : name;

    /// <summary>True when <paramref name="name"/> is a -dev package of this release.</summary>
    public bool IsDevelopment(string name) => runtimes.ContainsKey(Canonical(name));

    /// <summary>Runtime packages for a -dev package, or null when it is unknown here.</summary>
    public IReadOnlyList<string>? RuntimesFor(string dev) =>
        runtimes.TryGetValue(Canonical(dev), out var list) ? list : null;

    /// <summary>Installed size in bytes, or null when not recorded.</summary>
    public long? SizeOf(string package) =>
        sizes.TryGetValue(Canonical(package), out var bytes) ? bytes : null;

    /// <summary>The recorded closure, or null when not recorded.</summary>
    public IReadOnlyList<string>? ClosureOf(string package) =>
        closures.TryGetValue(Canonical(package), out var list) ? list : null;
}
