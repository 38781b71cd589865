using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ballast.Vulnerabilities;

/// <summary>One OSV vulnerability record, reduced to the fields matching reads.</summary>
internal sealed record OsvRecord(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("withdrawn")] string? Withdrawn,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("upstream")] IReadOnlyList<string>? Upstream,
    [property: JsonPropertyName("summary")] string? Summary,
    [property: JsonPropertyName("severity")] IReadOnlyList<OsvSeverity>? Severity,
    [property: JsonPropertyName("affected")] IReadOnlyList<OsvAffected>? Affected,
    [property: JsonPropertyName("database_specific")] JsonElement? DatabaseSpecific);

/// <summary>A severity entry: a type (<c>CVSS_V3</c>, <c>Ubuntu</c>) and its score.</summary>
internal sealed record OsvSeverity(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("score")] string? Score);

/// <summary>The affected versions of one package.</summary>
internal sealed record OsvAffected(
    [property: JsonPropertyName("package")] OsvPackage? Package,
    [property: JsonPropertyName("severity")] IReadOnlyList<OsvSeverity>? Severity,
    [property: JsonPropertyName("ranges")] IReadOnlyList<OsvRange>? Ranges,
    [property: JsonPropertyName("versions")] IReadOnlyList<string>? Versions,
    [property: JsonPropertyName("ecosystem_specific")] JsonElement? EcosystemSpecific,
    [property: JsonPropertyName("database_specific")] JsonElement? DatabaseSpecific);

/// <summary>A package named within an ecosystem such as <c>Debian:12</c>.</summary>
internal sealed record OsvPackage(
    [property: JsonPropertyName("ecosystem")] string? Ecosystem,
    [property: JsonPropertyName("name")] string? Name);

/// <summary>A range of affected versions as a timeline of events.</summary>
internal sealed record OsvRange(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("events")] IReadOnlyList<OsvEvent>? Events);

/// <summary>One event; exactly one of its fields is set in a valid record.</summary>
internal sealed record OsvEvent(
    [property: JsonPropertyName("introduced")] string? Introduced,
    [property: JsonPropertyName("fixed")] string? Fixed,
    [property: JsonPropertyName("last_affected")] string? LastAffected,
    [property: JsonPropertyName("limit")] string? Limit);
