using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>One build step in the config's history.</summary>
internal sealed record HistoryDocument(
    [property: JsonPropertyName("created_by")] string? CreatedBy,
    [property: JsonPropertyName("empty_layer")] bool? EmptyLayer);
