namespace Ballast.Engines;

/// <summary>The Docker engine through the <c>docker</c> client. The daemon, context or remote
/// builder it reaches follows <c>DOCKER_HOST</c>, <c>DOCKER_CONTEXT</c> or global
/// options.</summary>
public sealed class DockerEngine : DockerCompatibleEngine
{
    /// <summary>Creates the adapter; <paramref name="executable"/> overrides
    /// <c>docker</c>.</summary>
    public DockerEngine(EngineOptions? options = null, string? executable = null)
        : base(EngineDialect.Docker, options, executable)
    {
    }
}
