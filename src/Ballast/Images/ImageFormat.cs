namespace Ballast.Images;

/// <summary>The on-disk shape an image was read from.</summary>
public enum ImageFormat
{
    /// <summary>A <c>docker save</c> (or <c>podman save</c>) tar led by <c>manifest.json</c>.
    /// </summary>
    DockerArchive,

    /// <summary>An OCI image layout directory (<c>oci-layout</c>, <c>index.json</c>, blobs).
    /// </summary>
    OciLayout,

    /// <summary>An OCI image layout packed in a tar, including Docker 25+ saves.</summary>
    OciArchive,
}
