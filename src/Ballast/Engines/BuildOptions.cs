namespace Ballast.Engines;

/// <summary>Settings for one build.</summary>
public sealed record BuildOptions
{
    /// <summary>The stage to build; null builds the final stage.</summary>
    public string? Target { get; init; }

    /// <summary>Values for the Dockerfile's <c>ARG</c>s, passed as <c>--build-arg</c>.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; }
        = new Dictionary<string, string>();

    /// <summary>Host paths mounted into every RUN step; Podman and Buildah only, as
    /// <c>docker build</c> has no volumes.</summary>
    public IReadOnlyList<BuildVolume> Volumes { get; init; } = [];

    /// <summary>When base images may be pulled.</summary>
    public PullPolicy Pull { get; init; } = PullPolicy.Missing;

    /// <summary>Ignore cached layers, so the build time measures a full build.</summary>
    public bool NoCache { get; init; }

    /// <summary>The platform to build for (<c>linux/amd64</c>); null means the engine's
    /// own.</summary>
    public string? Platform { get; init; }

    /// <summary>How long the build may take before it is killed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);
}
