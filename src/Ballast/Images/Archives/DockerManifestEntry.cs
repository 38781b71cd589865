using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>One image in a docker save <c>manifest.json</c>.</summary>
internal sealed record DockerManifestEntry(
    [property: JsonPropertyName("Config")] string? Config,
    [property: JsonPropertyName("RepoTags")] List<string>? RepoTags,
    [property: JsonPropertyName("Layers")] List<string>? Layers);
