namespace Ballast.Engines;

/// <summary>The runtime settings an image carries.</summary>
/// <param name="Entrypoint">The entrypoint in exec form; empty when none is set.</param>
/// <param name="Command">The default command (<c>CMD</c>) in exec form; empty when none.</param>
/// <param name="Environment">Environment entries as <c>NAME=value</c>.</param>
/// <param name="User">The user to run as; null or empty means root.</param>
/// <param name="WorkingDirectory">The working directory; null or empty means <c>/</c>.</param>
public sealed record ImageConfiguration(
    IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> Command,
    IReadOnlyList<string> Environment,
    string? User,
    string? WorkingDirectory);
