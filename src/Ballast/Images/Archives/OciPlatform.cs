using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>The platform an index entry is built for.</summary>
internal sealed record OciPlatform(
    [property: JsonPropertyName("os")] string? Os,
    [property: JsonPropertyName("architecture")] string? Architecture,
    [property: JsonPropertyName("variant")] string? Variant);
