using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ballast.Images;

namespace Ballast.Reports;

/// <summary>Source-generated serialization for measurement and image reports.</summary>
[JsonSerializable(typeof(MeasurementDocument))]
[JsonSerializable(typeof(ImageAnalysis))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class MeasurementJsonContext : JsonSerializerContext
{
    /// <summary>Camel-case names, two-space indents and readable characters, like the other
    /// reports.</summary>
    public static MeasurementJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<Vulnerabilities.VulnerabilitySeverity>() },
    });
}
