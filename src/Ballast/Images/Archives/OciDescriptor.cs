using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>An OCI content descriptor: what a blob is, its digest and size.</summary>
internal sealed record OciDescriptor(
    [property: JsonPropertyName("mediaType")] string? MediaType,
    [property: JsonPropertyName("digest")] string? Digest,
    [property: JsonPropertyName("size")] long? Size,
    [property: JsonPropertyName("platform")] OciPlatform? Platform,
    [property: JsonPropertyName("annotations")] Dictionary<string, string>? Annotations);
