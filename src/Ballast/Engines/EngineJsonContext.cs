using System.Text.Json.Serialization;

namespace Ballast.Engines;

/// <summary>Source-generated JSON readers for the engines' inspect outputs. Member names are
/// matched without regard to case because the engines mix <c>Config</c> and
/// <c>config</c>.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(IReadOnlyList<DockerImageDocument>))]
[JsonSerializable(typeof(DockerHistoryLine))]
[JsonSerializable(typeof(BuildahImageDocument))]
[JsonSerializable(typeof(OciManifest))]
internal sealed partial class EngineJsonContext : JsonSerializerContext;
