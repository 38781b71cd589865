namespace Ballast.Engines;

/// <summary>The tar layouts an engine can save an image as.</summary>
public enum ArchiveFormat
{
    /// <summary>The <c>docker save</c> layout: <c>manifest.json</c>, config and layer
    /// tars.</summary>
    DockerArchive,

    /// <summary>An OCI image layout (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/</c>) in a
    /// tar.</summary>
    OciArchive,
}
