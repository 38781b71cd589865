using System.Text.Json.Serialization;

namespace Ballast.Engines;

/// <summary>The runtime part of an image configuration; Docker, Podman and Buildah all
/// spell these members the Docker way.</summary>
internal sealed record OciRuntimeConfiguration(
    IReadOnlyList<string>? Entrypoint,
    IReadOnlyList<string>? Cmd,
    IReadOnlyList<string>? Env,
    string? User,
    string? WorkingDir);

/// <summary>A history entry of an OCI image configuration.</summary>
internal sealed record OciHistoryEntry(
    [property: JsonPropertyName("created_by")] string? CreatedBy,
    [property: JsonPropertyName("empty_layer")] bool EmptyLayer,
    string? Comment);

/// <summary>The <c>rootfs</c> member of an OCI image configuration.</summary>
internal sealed record OciRootFileSystem(
    [property: JsonPropertyName("diff_ids")] IReadOnlyList<string>? DiffIds);

/// <summary>An OCI image configuration, as <c>buildah inspect</c> shows it under
/// <c>OCIv1</c>.</summary>
internal sealed record OciImageConfiguration(
    OciRuntimeConfiguration? Config,
    OciRootFileSystem? RootFS,
    IReadOnlyList<OciHistoryEntry>? History);

/// <summary>A layer or config descriptor of an image manifest.</summary>
internal sealed record OciDescriptor(string? MediaType, string? Digest, long Size);

/// <summary>An image manifest; only the layer descriptors matter here.</summary>
internal sealed record OciManifest(IReadOnlyList<OciDescriptor>? Layers);

/// <summary>The output of <c>buildah inspect --type image</c>.</summary>
internal sealed record BuildahImageDocument(
    string? FromImageID,
    string? Manifest,
    OciImageConfiguration? OCIv1);
