using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballast.Reports;

/// <summary>Source-generated serialization for every JSON format, so reports need no
/// reflection and stay trimmable.</summary>
[JsonSerializable(typeof(List<JsonFinding>))]
[JsonSerializable(typeof(List<GitLabIssue>))]
[JsonSerializable(typeof(SarifLog))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
    /// <summary>The context the formats use: camel-case names, two-space indents, <c>\n</c>
    /// line breaks on every platform, nulls left out unless a property says otherwise, and
    /// non-ASCII letters and characters such as <c>&lt;</c> left readable, because reports
    /// are read by people and parsers and never embedded in HTML.</summary>
    public static ReportJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
