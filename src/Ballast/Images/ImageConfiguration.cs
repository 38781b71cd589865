namespace Ballast.Images;

/// <summary>The runtime settings from an image's config blob.</summary>
/// <param name="Os">The operating system, such as <c>linux</c>.</param>
/// <param name="Architecture">The CPU architecture, such as <c>amd64</c>.</param>
/// <param name="Entrypoint">The entrypoint words, empty when unset.</param>
/// <param name="Cmd">The default command words, empty when unset.</param>
/// <param name="Env">Environment variables as <c>NAME=value</c> lines.</param>
/// <param name="User">The user the container runs as; null when unset (root).</param>
/// <param name="WorkingDirectory">The working directory; null when unset.</param>
/// <param name="ExposedPorts">Exposed ports such as <c>8080/tcp</c>.</param>
/// <param name="Labels">Image labels.</param>
public sealed record ImageConfiguration(
    string? Os,
    string? Architecture,
    IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> Cmd,
    IReadOnlyList<string> Env,
    string? User,
    string? WorkingDirectory,
    IReadOnlyList<string> ExposedPorts,
    IReadOnlyDictionary<string, string> Labels);
