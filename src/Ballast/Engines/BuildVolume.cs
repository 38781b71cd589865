namespace Ballast.Engines;

/// <summary>A host file or folder mounted into every RUN step of a build (Podman and
/// Buildah <c>build --volume</c>), for example the machine's CA certificates so package
/// managers trust an intercepting proxy. What a RUN step writes there is not kept in the
/// image.</summary>
/// <param name="HostPath">The file or folder on the machine running the engine.</param>
/// <param name="ContainerPath">Where RUN steps see it; an absolute path.</param>
/// <param name="ReadOnly">True mounts it read-only, so a build cannot change the host.</param>
public sealed record BuildVolume(string HostPath, string ContainerPath, bool ReadOnly = true)
{
    /// <summary>The <c>--volume</c> value: <c>HOST:CONTAINER[:ro]</c>.</summary>
    public override string ToString()
        => ReadOnly ? $"{HostPath}:{ContainerPath}:ro" : $"{HostPath}:{ContainerPath}";
}
