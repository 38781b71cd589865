using Ballast.Rules;
using Ballast.Rules.Catalog;
using Ballast.Syntax;

namespace Ballast.Configuration;

/// <summary>Applies configuration and pragmas to what the rules found: drops ignored and
/// suppressed findings and replaces severities. Runs after the rules, so rules never need to
/// know about either.</summary>
public static class FindingFilter
{
    /// <summary>The findings of one file after configuration and pragmas.</summary>
    /// <param name="configuration">The file's configuration.</param>
    /// <param name="dockerfilePath">The file's path, matched against path overrides.</param>
    /// <param name="syntax">The file's syntax, for its pragmas.</param>
    /// <param name="findings">What the rules found.</param>
    public static IReadOnlyList<Finding> Apply(ProjectConfiguration configuration,
        string dockerfilePath, DockerfileSyntax syntax, IEnumerable<Finding> findings)
    {
        var pragmas = Pragmas.Read(syntax);
        var overrides = Overrides(configuration, dockerfilePath);
        var kept = new List<Finding>();
        foreach (var finding in findings)
        {
            if (IsIgnored(finding, configuration, overrides)
                || pragmas.Suppresses(finding.RuleId, finding.Location.Span.Start))
            {
                continue;
            }

            kept.Add(finding with { Severity = SeverityOf(finding, configuration, overrides) });
        }

        return kept;
    }

    /// <summary><paramref name="rules"/> (the catalogue by default) with the rules that
    /// read configuration set up from <paramref name="configuration"/>.</summary>
    public static IReadOnlyList<Rule> Rules(ProjectConfiguration configuration,
        IEnumerable<Rule>? rules = null) =>
        [.. (rules ?? RuleCatalog.All).Select(rule => rule switch
        {
            UntrustedRegistryRule => new UntrustedRegistryRule(configuration.TrustedRegistries),
            BaseDigestRequiredRule => new BaseDigestRequiredRule(configuration.RequireDigest),
            _ => rule,
        })];

    private static bool IsIgnored(Finding finding, ProjectConfiguration configuration,
        IReadOnlyList<PathOverride> overrides) =>
        configuration.Ignored.Contains(finding.RuleId)
        || overrides.Any(entry => entry.Ignored.Contains(finding.RuleId));

    private static Severity SeverityOf(Finding finding, ProjectConfiguration configuration,
        IReadOnlyList<PathOverride> overrides)
    {
        var severity = configuration.Severities.GetValueOrDefault(finding.RuleId,
            finding.Severity);
        foreach (var entry in overrides)
        {
            severity = entry.Severities.GetValueOrDefault(finding.RuleId, severity);
        }

        return severity;
    }

    private static List<PathOverride> Overrides(ProjectConfiguration configuration,
        string dockerfilePath)
    {
        if (configuration.Overrides.Count == 0)
        {
            return [];
        }

        var full = Path.GetFullPath(dockerfilePath);
        var relative = configuration.Root is null ? full
            : Path.GetRelativePath(configuration.Root, full);
        relative = relative.Replace('\\', '/');
        return [.. configuration.Overrides.Where(entry => entry.Matches(relative))];
    }
}
