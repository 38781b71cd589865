using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>The parts of an image config blob Ballast reads.</summary>
internal sealed record ImageConfigDocument(
    [property: JsonPropertyName("os")] string? Os,
    [property: JsonPropertyName("architecture")] string? Architecture,
    [property: JsonPropertyName("config")] ContainerConfigDocument? Config,
    [property: JsonPropertyName("rootfs")] RootFileSystemDocument? RootFileSystem,
    [property: JsonPropertyName("history")] List<HistoryDocument>? History);
