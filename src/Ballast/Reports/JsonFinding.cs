using System.Text.Json.Serialization;

namespace Ballast.Reports;

/// <summary>One finding as the <c>json</c> format writes it; the order of the parameters is
/// the order of the properties, which scripts may rely on. Every property is always
/// written, null when empty, so each object has the same shape.</summary>
internal sealed record JsonFinding(
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    string Rule,
    string Severity,
    string Category,
    string Message,
    bool Fixable,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Fix,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? HelpUri);
