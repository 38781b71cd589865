using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>The config's <c>rootfs</c>: the uncompressed layer digests in order.</summary>
internal sealed record RootFileSystemDocument(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("diff_ids")] List<string>? DiffIds);
