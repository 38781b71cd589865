namespace Ballast.Rules;

/// <summary>How much a finding matters, from most to least. The order is used by
/// <c>--fail-on</c>: a threshold fails on findings at or above it.</summary>
public enum Severity
{
    /// <summary>The build is broken or the image is wrong.</summary>
    Error = 0,

    /// <summary>The image is bigger, slower to rebuild or less safe than it should be.</summary>
    Warning = 1,

    /// <summary>Worth knowing; often a matter of the team's policy.</summary>
    Info = 2,

    /// <summary>How the file reads, not what it builds.</summary>
    Style = 3,
}
