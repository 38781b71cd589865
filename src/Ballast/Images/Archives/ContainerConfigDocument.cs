using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballast.Images.Archives;

/// <summary>The runtime settings inside an image config.</summary>
internal sealed record ContainerConfigDocument(
    [property: JsonPropertyName("User")] string? User,
    [property: JsonPropertyName("Env")] List<string>? Env,
    [property: JsonPropertyName("Entrypoint")] List<string>? Entrypoint,
    [property: JsonPropertyName("Cmd")] List<string>? Cmd,
    [property: JsonPropertyName("WorkingDir")] string? WorkingDir,
    [property: JsonPropertyName("ExposedPorts")] Dictionary<string, JsonElement>? ExposedPorts,
    [property: JsonPropertyName("Labels")] Dictionary<string, string?>? Labels);
