using System.Globalization;

namespace Ballast.Knowledge.Generator;

/// <summary>
/// Turns one suite's <c>Packages</c> index into Ballast's package facts: which runtime
/// libraries each <c>-dev</c> package stands for, virtual <c>-dev</c> names, installed sizes
/// and the closures of commonly installed packages. The output depends only on the index
/// and the arguments, and is sorted, so the same index always gives the same bytes.
/// </summary>
public sealed class PackageDigest
{
    // Go, Rust and Haskell -dev packages carry sources for their own build systems and
    // never have a runtime twin; leaving them out keeps the data a fraction of the size.
    private static readonly string[] SkippedPrefixes = ["golang-", "librust-", "libghc-"];

    // Same-source packages with these endings are programs or data, not the shared
    // library a program links against.
    private static readonly string[] NonLibrarySuffixes =
    [
        "-dev", "-multidev", "-bin", "-tools", "-devtools", "-utils", "-common", "-data",
        "-doc", "-dbg",
    ];

    private readonly DebianIndex index;
    private readonly HashSet<string> baseSystem;

    /// <summary>Prepares a digest of <paramref name="index"/>.</summary>
    public PackageDigest(DebianIndex index)
    {
        this.index = index;
        var required = index.Packages.Values
            .Where(package => package.Essential || package.Priority == "required")
            .Select(package => package.Name)
            .Order(StringComparer.Ordinal);
        baseSystem = Resolve(required, new HashSet<string>(StringComparer.Ordinal));
    }

    /// <summary>The packages of a minimal system (Essential or Priority required, with their
    /// dependencies), which a slim image already has.</summary>
    public IReadOnlySet<string> BaseSystem => baseSystem;

    /// <summary>Writes the digest as tab-separated lines.</summary>
    /// <param name="writer">Where the lines go; newlines are always LF.</param>
    /// <param name="header">Comment lines written first, without the leading '#'.</param>
    /// <param name="commonPackages">Packages whose closures are recorded.</param>
    /// <param name="selection">When set, only these -dev and virtual names are written
    /// (the curated Ubuntu tables); otherwise every -dev package is.</param>
    public void Write(
        TextWriter writer,
        IEnumerable<string> header,
        IEnumerable<string> commonPackages,
        IReadOnlySet<string>? selection = null)
    {
        var rows = new List<(string Kind, string Name, string Value)>();
        var sized = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var dev in DevelopmentPackages().Where(name => selection?.Contains(name) ?? true))
        {
            var runtime = RuntimeFor(dev, []);
            rows.Add(("dev", dev, string.Join(',', runtime)));
            sized.Add(dev);
            sized.UnionWith(runtime);
        }

        foreach (var (name, providers) in index.Providers)
        {
            var provider = providers.FirstOrDefault(IsKeptDevelopmentPackage);
            if (!IsDevelopmentName(name)
                || index.Packages.ContainsKey(name)
                || provider is null
                || selection?.Contains(name) == false)
            {
                continue;
            }

            rows.Add(("virtual", name, provider));
        }

        foreach (var common in commonPackages.Distinct().Where(index.Packages.ContainsKey))
        {
            var closure = Resolve([common], baseSystem);
            rows.Add(("closure", common, string.Join(',', closure.Order(StringComparer.Ordinal))));
            sized.UnionWith(closure);
        }

        foreach (var name in sized.Where(index.Packages.ContainsKey))
        {
            var bytes = index.Packages[name].InstalledKibibytes * 1024;
            rows.Add(("size", name, bytes.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var line in header)
        {
            writer.Write("# " + line + "\n");
        }

        var ordered = rows
            .OrderBy(row => row.Kind, StringComparer.Ordinal)
            .ThenBy(row => row.Name, StringComparer.Ordinal);
        foreach (var (kind, name, value) in ordered)
        {
            writer.Write(kind + "\t" + name + "\t" + value + "\n");
        }
    }

    private IEnumerable<string> DevelopmentPackages() => index.Packages.Keys
        .Where(IsKeptDevelopmentPackage)
        .Order(StringComparer.Ordinal);

    private static bool IsKeptDevelopmentPackage(string name) =>
        IsDevelopmentName(name)
        && !SkippedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal));

    // libmariadb-dev-compat and krb5-multidev (what libkrb5-dev depends on) hold headers
    // too, though their names do not end in -dev.
    private static bool IsDevelopmentName(string name) =>
        name.EndsWith("-dev", StringComparison.Ordinal)
        || name.EndsWith("-dev-compat", StringComparison.Ordinal)
        || name.EndsWith("-multidev", StringComparison.Ordinal);

    /// <summary>The runtime libraries a -dev package stands for: its direct dependencies
    /// built from the same source that are shared libraries. A -dev package without such a
    /// dependency (a transitional or default- package) stands for what its -dev
    /// dependencies stand for.</summary>
    public IReadOnlyList<string> RuntimeFor(string dev, HashSet<string> visiting)
    {
        if (!index.Packages.TryGetValue(dev, out var package) || !visiting.Add(dev))
        {
            return [];
        }

        var direct = new SortedSet<string>(StringComparer.Ordinal);
        var devDependencies = new List<string>();
        foreach (var group in package.Depends)
        {
            var name = RealName(group[0]);
            if (name is null || !index.Packages.TryGetValue(name, out var dependency))
            {
                continue;
            }

            if (dependency.Source == package.Source && IsLibrary(dependency))
            {
                direct.Add(name);
            }
            else if (IsDevelopmentName(name))
            {
                devDependencies.Add(name);
            }
        }

        if (direct.Count > 0)
        {
            return [.. direct];
        }

        var inherited = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in devDependencies)
        {
            inherited.UnionWith(RuntimeFor(name, visiting));
        }

        return [.. inherited];
    }

    // gir1.2- packages are GObject introspection data for language bindings; a shared
    // library is co-installable across architectures (Multi-Arch: same) or named lib*,
    // which keeps out programs such as zipcmp that trixie's libzip-dev pulls in.
    private static bool IsLibrary(DebianPackage package) =>
        package.Architecture != "all"
        && (package.MultiArch == "same" || package.Name.StartsWith("lib", StringComparison.Ordinal))
        && !package.Name.StartsWith("gir1.2-", StringComparison.Ordinal)
        && !NonLibrarySuffixes.Any(
            suffix => package.Name.EndsWith(suffix, StringComparison.Ordinal));

    private string? RealName(string name)
    {
        if (index.Packages.ContainsKey(name))
        {
            return name;
        }

        return index.Providers.TryGetValue(name, out var providers) ? providers[0] : null;
    }

    /// <summary>What <c>apt-get install --no-install-recommends</c> would add on top of
    /// <paramref name="installed"/>: Depends and Pre-Depends, following the first
    /// alternative unless another one is already present.</summary>
    /// <remarks>Limitation: version constraints and Conflicts are ignored, and a virtual
    /// name goes to its alphabetically first provider, where apt may pick another.</remarks>
    public HashSet<string> Resolve(IEnumerable<string> roots, IReadOnlySet<string> installed)
    {
        var selected = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var root in roots)
        {
            Select(root, installed, selected, queue);
        }

        while (queue.Count > 0)
        {
            var package = index.Packages[queue.Dequeue()];
            foreach (var group in package.Depends)
            {
                if (group.Any(name => Satisfied(name, installed, selected)))
                {
                    continue;
                }

                var choice = group.Select(RealName).FirstOrDefault(name => name is not null);
                if (choice is not null)
                {
                    Select(choice, installed, selected, queue);
                }
            }
        }

        return selected;
    }

    private void Select(
        string name,
        IReadOnlySet<string> installed,
        HashSet<string> selected,
        Queue<string> queue)
    {
        var real = RealName(name);
        if (real is not null && !installed.Contains(real) && selected.Add(real))
        {
            queue.Enqueue(real);
        }
    }

    private bool Satisfied(string name, IReadOnlySet<string> installed, HashSet<string> selected)
    {
        if (installed.Contains(name) || selected.Contains(name))
        {
            return true;
        }

        return index.Providers.TryGetValue(name, out var providers)
            && providers.Any(
                provider => installed.Contains(provider) || selected.Contains(provider));
    }
}
