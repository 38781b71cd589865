namespace Ballast.Engines;

/// <summary>The ways the three clients differ on the flags Ballast uses.</summary>
/// <param name="Name">The client's name, also its default executable.</param>
/// <param name="PullPolicyValues">True when <c>build --pull</c> takes a policy value (Podman,
/// Buildah); Docker's is a plain switch meaning "always".</param>
/// <param name="Isolation">True when build accepts <c>--isolation</c>.</param>
/// <param name="SaveFormats">True when <c>save</c> accepts <c>--format</c> and can write an
/// OCI archive (Podman); Docker writes docker archives only.</param>
/// <param name="BuildVolumes">True when build accepts <c>--volume</c> (Podman,
/// Buildah).</param>
internal sealed record EngineDialect(
    string Name,
    bool PullPolicyValues,
    bool Isolation,
    bool SaveFormats,
    bool BuildVolumes)
{
    public static EngineDialect Docker { get; } = new("docker", false, false, false, false);

    public static EngineDialect Podman { get; } = new("podman", true, true, true, true);

    public static EngineDialect Buildah { get; } = new("buildah", true, true, false, true);
}
