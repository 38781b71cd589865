using Ballast.Rules;

namespace Ballast.Workflows;

/// <summary>The <c>--fail-on</c> levels: findings at or above the level fail the run.</summary>
public static class FailThreshold
{
    /// <summary>The names users give, from strictest to loosest.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["error", "warning", "info", "style", "none"];

    /// <summary>The severity named <paramref name="name"/>, or null for <c>none</c>.</summary>
    public static Severity? Parse(string name) => name.ToLowerInvariant() switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "style" => Severity.Style,
        _ => null,
    };

    /// <summary>True when <paramref name="finding"/> is at or above
    /// <paramref name="threshold"/>.</summary>
    public static bool Fails(Finding finding, Severity? threshold) =>
        threshold is { } level && finding.Severity <= level;
}
