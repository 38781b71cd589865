namespace Ballast.Engines;

/// <summary>The ways the three clients differ on the flags Ballast uses.</summary>
/// <param name="Name">The client's name, also its default executable.</param>
/// <param name="PullPolicyValues">True when <c>--pull</c> takes a policy value (Podman,
/// Buildah); Docker's <c>--pull</c> is a plain switch meaning "always".</param>
/// <param name="Isolation">True when build and run accept <c>--isolation</c>.</param>
internal sealed record EngineDialect(string Name, bool PullPolicyValues, bool Isolation)
{
    public static EngineDialect Docker { get; } = new("docker", false, false);

    public static EngineDialect Podman { get; } = new("podman", true, true);

    public static EngineDialect Buildah { get; } = new("buildah", true, true);
}
