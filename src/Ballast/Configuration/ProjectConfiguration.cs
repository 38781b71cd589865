using Ballast.Rules;

namespace Ballast.Configuration;

/// <summary>What a team configured for its Dockerfiles: rules to ignore, severities to
/// change, when a run fails, trusted registries, and the same per path.</summary>
/// <param name="Ignored">Rule ids reported nowhere.</param>
/// <param name="Severities">Severity per rule id, replacing the rule's default.</param>
/// <param name="FailOn">The severity at or above which a run fails, when configured; the
/// name <c>none</c> gives <see cref="NeverFails"/>.</param>
/// <param name="NeverFails">True when the configuration says <c>fail-on: none</c>.</param>
/// <param name="TrustedRegistries">Registries images may come from; empty trusts all.</param>
/// <param name="RequireDigest">True when base images must be pinned by digest.</param>
/// <param name="Overrides">Settings for files matching path patterns, in file order.</param>
public sealed record ProjectConfiguration(
    IReadOnlySet<string> Ignored,
    IReadOnlyDictionary<string, Severity> Severities,
    Severity? FailOn,
    bool NeverFails,
    IReadOnlyList<string> TrustedRegistries,
    bool RequireDigest,
    IReadOnlyList<PathOverride> Overrides)
{
    /// <summary>No configuration: every rule at its default severity.</summary>
    public static ProjectConfiguration Empty { get; } = new(
        new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase),
        null, false, [], false, []);

    /// <summary>The folder relative paths in <see cref="Overrides"/> start from; the
    /// configuration file's folder, or null when there is no file.</summary>
    public string? Root { get; init; }

    /// <summary>This configuration with <paramref name="other"/>'s settings added; where
    /// both set the same thing, <paramref name="other"/> wins.</summary>
    public ProjectConfiguration Merge(ProjectConfiguration other)
    {
        var ignored = new HashSet<string>(Ignored, StringComparer.OrdinalIgnoreCase);
        ignored.UnionWith(other.Ignored);
        var severities = new Dictionary<string, Severity>(Severities.ToDictionary(),
            StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in other.Severities)
        {
            severities[id] = severity;
        }

        return new ProjectConfiguration(ignored, severities,
            other.FailOn ?? FailOn, other.NeverFails || (NeverFails && other.FailOn is null),
            [.. TrustedRegistries.Union(other.TrustedRegistries, StringComparer.OrdinalIgnoreCase)],
            RequireDigest || other.RequireDigest,
            [.. Overrides, .. other.Overrides])
        {
            Root = other.Root ?? Root,
        };
    }
}
