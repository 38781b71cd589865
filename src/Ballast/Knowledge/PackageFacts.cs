using System.Collections.Concurrent;

namespace Ballast.Knowledge;

/// <summary>
/// Facts about distro packages, read offline from data embedded in the library: which runtime
/// library a <c>-dev</c> package stands for, virtual names, installed sizes and dependency
/// closures. Debian bullseye, bookworm and trixie are generated from the archive indexes;
/// Ubuntu jammy and noble and Alpine 3.19+ are curated tables (see docs/knowledge.md).
/// Each release's file is read the first time it is asked about.
/// </summary>
public sealed class PackageFacts
{
    private static readonly Lazy<PackageFacts> DefaultFacts =
        new(() => new PackageFacts(KnowledgeResource.Open));

    private readonly Func<string, TextReader?> open;
    private readonly ConcurrentDictionary<string, Lazy<PackageTable?>> tables =
        new(StringComparer.Ordinal);

    internal PackageFacts(Func<string, TextReader?> open) => this.open = open;

    /// <summary>The facts embedded in this library.</summary>
    public static PackageFacts Default => DefaultFacts.Value;

    /// <summary>The releases with package facts, by the names this class accepts.</summary>
    public static IReadOnlyList<string> Releases { get; } =
        ["bullseye", "bookworm", "trixie", "jammy", "noble", "alpine"];

    /// <summary>
    /// The runtime packages a <c>-dev</c> package stands for on <paramref name="release"/>
    /// (libpq-dev on bookworm gives libpq5; libssl-dev gives libssl1.1, libssl3 or libssl3t64
    /// by release). Virtual names are followed (libz-dev gives zlib1g). Empty when the
    /// package or release is unknown, or when the package is header-only.
    /// </summary>
    /// <param name="devPackage">The package name as written in an install command.</param>
    /// <param name="release">A codename (<c>bookworm</c>, <c>noble</c>), a Debian or Ubuntu
    /// version number (<c>12</c>, <c>24.04</c>), or <c>alpine</c>/<c>alpine3.20</c>.</param>
    public IReadOnlyList<string> RuntimePackagesFor(string devPackage, string release) =>
        Table(release)?.RuntimesFor(devPackage.Trim()) ?? [];

    /// <summary>True when <paramref name="name"/> names a development package by the
    /// conventions of Debian, Ubuntu, Alpine (<c>-dev</c>) or RPM distros (<c>-devel</c>),
    /// which a runtime stage does not need.</summary>
    public bool IsDevelopmentPackage(string name)
    {
        var trimmed = name.Trim();
        return trimmed.EndsWith("-dev", StringComparison.Ordinal)
            || trimmed.EndsWith("-devel", StringComparison.Ordinal)
            || trimmed.EndsWith("-dev-compat", StringComparison.Ordinal)
            || trimmed.EndsWith("-multidev", StringComparison.Ordinal)
            || trimmed == "linux-headers";
    }

    /// <summary>The real package behind a virtual name on <paramref name="release"/>
    /// (libz-dev gives zlib1g-dev); the name itself when it is real or unknown.</summary>
    public string Canonical(string name, string release) =>
        Table(release)?.Canonical(name.Trim()) ?? name.Trim();

    /// <summary>The installed size in bytes on <paramref name="release"/>, or null when not
    /// recorded (only -dev packages, their runtime libraries and closure members are).
    /// </summary>
    public long? InstalledSize(string package, string release) =>
        Table(release)?.SizeOf(package.Trim());

    /// <summary>The installed sizes of <paramref name="packages"/> on
    /// <paramref name="release"/> added up; packages without a recorded size count nothing.
    /// </summary>
    public long TotalInstalledSize(IEnumerable<string> packages, string release) =>
        packages.Sum(package => InstalledSize(package, release) ?? 0);

    /// <summary>
    /// What <c>apt-get install --no-install-recommends</c> of <paramref name="package"/> adds
    /// to a slim image of <paramref name="release"/>, the package itself included, sorted.
    /// Recorded for commonly installed packages only (tools/knowledge/common-packages.txt);
    /// empty when not recorded.
    /// </summary>
    public IReadOnlyList<string> Closure(string package, string release) =>
        Table(release)?.ClosureOf(package.Trim()) ?? [];

    /// <summary>
    /// The installed bytes <paramref name="devPackage"/> adds to a slim image of
    /// <paramref name="release"/> beyond the runtime libraries it stands for: itself and the
    /// packages its closure pulls in that the runtime libraries do not. Null when neither its
    /// closure nor its size is recorded. An estimate: the base image may already hold some.
    /// </summary>
    public long? DevelopmentOverhead(string devPackage, string release)
    {
        var table = Table(release);
        var name = devPackage.Trim();
        if (table?.ClosureOf(name) is not { } closure)
        {
            return table?.SizeOf(name);
        }

        var runtime = new HashSet<string>(StringComparer.Ordinal);
        foreach (var library in table.RuntimesFor(name) ?? [])
        {
            runtime.Add(library);
            runtime.UnionWith(table.ClosureOf(library) ?? []);
        }

        return closure.Where(package => !runtime.Contains(package))
            .Sum(package => table.SizeOf(package) ?? 0);
    }

    /// <summary>True when package facts exist for <paramref name="release"/>.</summary>
    public bool Knows(string release) => Table(release) is not null;

    private PackageTable? Table(string release)
    {
        var file = FileFor(release);
        if (file is null)
        {
            return null;
        }

        var lazy = tables.GetOrAdd(file, name => new Lazy<PackageTable?>(() => Load(name)));
        return lazy.Value;
    }

    private PackageTable? Load(string file)
    {
        using var reader = open(file);
        return reader is null ? null : PackageTable.Read(reader);
    }

    private static string? FileFor(string release)
    {
        var name = release.Trim().ToLowerInvariant();
        if (name.StartsWith("alpine", StringComparison.Ordinal) || name == "edge")
        {
            return "alpine.tsv";
        }

        return name switch
        {
            "bullseye" or "11" or "debian11" => "debian-bullseye.tsv",
            "bookworm" or "12" or "debian12" => "debian-bookworm.tsv",
            "trixie" or "13" or "debian13" => "debian-trixie.tsv",
            "jammy" or "22.04" => "ubuntu-jammy.tsv",
            "noble" or "24.04" => "ubuntu-noble.tsv",
            _ when name.StartsWith("3.", StringComparison.Ordinal) => "alpine.tsv",
            _ => null,
        };
    }
}
