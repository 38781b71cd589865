using System.Text.Json.Serialization;

namespace Ballast.Vulnerabilities;

/// <summary>Generated JSON metadata for OSV records, so reading needs no reflection.</summary>
[JsonSourceGenerationOptions(
    AllowTrailingCommas = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(OsvRecord))]
internal sealed partial class OsvJsonContext : JsonSerializerContext
{
}
