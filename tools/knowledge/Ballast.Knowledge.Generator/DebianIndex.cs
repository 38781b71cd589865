namespace Ballast.Knowledge.Generator;

/// <summary>Reads a Debian <c>Packages</c> index (deb822 stanzas separated by blank
/// lines).</summary>
public sealed class DebianIndex
{
    private readonly Dictionary<string, DebianPackage> packages;
    private readonly Dictionary<string, List<string>> providers;

    private DebianIndex(Dictionary<string, DebianPackage> packages)
    {
        this.packages = packages;
        providers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var package in packages.Values)
        {
            foreach (var name in package.Provides)
            {
                if (!providers.TryGetValue(name, out var list))
                {
                    list = [];
                    providers[name] = list;
                }

                list.Add(package.Name);
            }
        }

        foreach (var list in providers.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }
    }

    /// <summary>Every real package, by name.</summary>
    public IReadOnlyDictionary<string, DebianPackage> Packages => packages;

    /// <summary>Virtual names and the real packages that provide them, sorted.</summary>
    public IReadOnlyDictionary<string, List<string>> Providers => providers;

    /// <summary>Parses an index. When a name appears twice the higher stanza wins only if it
    /// comes later, which matches apt for a single-suite index.</summary>
    public static DebianIndex Parse(TextReader reader)
    {
        var packages = new Dictionary<string, DebianPackage>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? lastField = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                Add(packages, fields);
                fields.Clear();
                lastField = null;
                continue;
            }

            if (line[0] is ' ' or '\t')
            {
                // Continuation lines only matter for long Depends fields.
                if (lastField is not null)
                {
                    fields[lastField] += " " + line.Trim();
                }

                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            lastField = line[..colon];
            fields[lastField] = line[(colon + 1)..].Trim();
        }

        Add(packages, fields);
        return new DebianIndex(packages);
    }

    private static void Add(
        Dictionary<string, DebianPackage> packages,
        Dictionary<string, string> fields)
    {
        if (!fields.TryGetValue("Package", out var name))
        {
            return;
        }

        var source = Field(fields, "Source");
        var sourceName = source.Length == 0 ? name : source.Split(' ')[0];
        var depends = Relations(Field(fields, "Pre-Depends"))
            .Concat(Relations(Field(fields, "Depends")))
            .ToList();
        var provides = Relations(Field(fields, "Provides")).Select(group => group[0]).ToList();
        _ = long.TryParse(Field(fields, "Installed-Size"), out var kibibytes);

        packages[name] = new DebianPackage(
            name,
            sourceName,
            Field(fields, "Architecture"),
            Field(fields, "Multi-Arch"),
            kibibytes,
            Field(fields, "Essential") == "yes",
            Field(fields, "Priority"),
            depends,
            provides);
    }

    private static string Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : "";

    /// <summary>Splits a relation field into groups of alternative package names, dropping
    /// version constraints, architecture qualifiers and build profiles.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Relations(string field)
    {
        var groups = new List<IReadOnlyList<string>>();
        foreach (var group in field.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var names = group.Split('|', StringSplitOptions.RemoveEmptyEntries)
                .Select(BareName)
                .Where(name => name.Length > 0)
                .ToList();
            if (names.Count > 0)
            {
                groups.Add(names);
            }
        }

        return groups;
    }

    private static string BareName(string relation)
    {
        var name = relation.Trim();
        var end = name.IndexOfAny([' ', '(', '[', '<']);
        if (end >= 0)
        {
            name = name[..end];
        }

        var colon = name.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? name[..colon] : name;
    }
}
