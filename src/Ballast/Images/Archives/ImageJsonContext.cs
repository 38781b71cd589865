using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>Source-generated JSON contracts for the documents inside image archives.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(OciDocument))]
[JsonSerializable(typeof(List<DockerManifestEntry>))]
[JsonSerializable(typeof(ImageConfigDocument))]
internal sealed partial class ImageJsonContext : JsonSerializerContext;
