using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballast.Syntax.Dump;

/// <summary>Source-generated serialization of the syntax dump, so it needs no reflection.
/// </summary>
[JsonSerializable(typeof(SyntaxDocument))]
internal sealed partial class SyntaxJsonContext : JsonSerializerContext
{
    /// <summary>Camel-case names, two-space indents, <c>\n</c> line breaks, readable text.
    /// </summary>
    public static SyntaxJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
