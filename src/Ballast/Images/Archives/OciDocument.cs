using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>
/// An OCI index or image manifest (or their Docker equivalents); which one it is shows in
/// whether <see cref="Manifests"/> or <see cref="Layers"/> is present.
/// </summary>
internal sealed record OciDocument(
    [property: JsonPropertyName("mediaType")] string? MediaType,
    [property: JsonPropertyName("manifests")] List<OciDescriptor>? Manifests,
    [property: JsonPropertyName("config")] OciDescriptor? Config,
    [property: JsonPropertyName("layers")] List<OciDescriptor>? Layers);
