namespace Ballast.Engines;

/// <summary>
/// How Ballast starts an engine's client. The engines' own environment variables
/// (<c>DOCKER_HOST</c>, <c>DOCKER_CONTEXT</c>, <c>CONTAINER_HOST</c>, <c>STORAGE_DRIVER</c>,
/// <c>BUILDAH_ISOLATION</c>, <c>CONTAINERS_STORAGE_CONF</c>, ...) are inherited by every
/// command, and no flag is added that would override them unless set here.
/// </summary>
public sealed record EngineOptions
{
    /// <summary>Options placed before the subcommand, such as
    /// <c>--storage-driver vfs</c> for Podman and Buildah or <c>--context ci</c> for
    /// Docker.</summary>
    public IReadOnlyList<string> GlobalArguments { get; init; } = [];

    /// <summary>Buildah and Podman isolation for RUN steps and runs (<c>chroot</c>, <c>oci</c>,
    /// <c>rootless</c>); null leaves the engine's default or <c>BUILDAH_ISOLATION</c>.</summary>
    public string? Isolation { get; init; }

    /// <summary>Variables added to (or replacing those in) the inherited environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; }
        = new Dictionary<string, string>();

    /// <summary>Directories searched for the client, in order; null searches <c>PATH</c>.</summary>
    public IReadOnlyList<string>? SearchPath { get; init; }

    /// <summary>Time allowed for short commands: inspect, save, remove, version.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Receives each command line before it starts (for <c>--verbose</c>).</summary>
    public Action<CommandLine>? CommandLog { get; init; }
}
