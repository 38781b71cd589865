namespace Ballast.Engines;

/// <summary>Podman through the <c>podman</c> client. Storage and isolation follow
/// <c>containers-storage.conf</c>, <c>CONTAINER_HOST</c> and the global options given.</summary>
public sealed class PodmanEngine : DockerCompatibleEngine
{
    /// <summary>Creates the adapter; <paramref name="executable"/> overrides
    /// <c>podman</c>.</summary>
    public PodmanEngine(EngineOptions? options = null, string? executable = null)
        : base(EngineDialect.Podman, options, executable)
    {
    }
}
