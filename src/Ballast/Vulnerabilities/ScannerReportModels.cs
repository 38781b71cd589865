using System.Text.Json.Serialization;

namespace Ballast.Vulnerabilities;

/// <summary>The parts of <c>trivy image --format json</c> that counting needs.</summary>
internal sealed record TrivyReport(
    [property: JsonPropertyName("SchemaVersion")] int? SchemaVersion,
    [property: JsonPropertyName("Results")] IReadOnlyList<TrivyResult>? Results);

/// <summary>One scanned target: the OS packages or one language's packages.</summary>
internal sealed record TrivyResult(
    [property: JsonPropertyName("Target")] string? Target,
    [property: JsonPropertyName("Type")] string? Type,
    [property: JsonPropertyName("Packages")] IReadOnlyList<TrivyPackage>? Packages,
    [property: JsonPropertyName("Vulnerabilities")]
    IReadOnlyList<TrivyVulnerability>? Vulnerabilities);

/// <summary>A package Trivy lists with <c>--list-all-pkgs</c>.</summary>
internal sealed record TrivyPackage(
    [property: JsonPropertyName("Name")] string? Name,
    [property: JsonPropertyName("Version")] string? Version,
    [property: JsonPropertyName("SrcName")] string? SourceName,
    [property: JsonPropertyName("SrcVersion")] string? SourceVersion);

/// <summary>One vulnerability in one package.</summary>
internal sealed record TrivyVulnerability(
    [property: JsonPropertyName("VulnerabilityID")] string? Id,
    [property: JsonPropertyName("PkgName")] string? PackageName,
    [property: JsonPropertyName("InstalledVersion")] string? InstalledVersion,
    [property: JsonPropertyName("FixedVersion")] string? FixedVersion,
    [property: JsonPropertyName("Severity")] string? Severity);

/// <summary>The parts of <c>grype -o json</c> that counting needs.</summary>
internal sealed record GrypeReport(
    [property: JsonPropertyName("matches")] IReadOnlyList<GrypeMatch>? Matches);

/// <summary>One vulnerability matched to one artifact.</summary>
internal sealed record GrypeMatch(
    [property: JsonPropertyName("vulnerability")] GrypeVulnerability? Vulnerability,
    [property: JsonPropertyName("relatedVulnerabilities")] IReadOnlyList<GrypeRelated>? Related,
    [property: JsonPropertyName("artifact")] GrypeArtifact? Artifact);

/// <summary>The vulnerability of a match.</summary>
internal sealed record GrypeVulnerability(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("severity")] string? Severity,
    [property: JsonPropertyName("fix")] GrypeFix? Fix);

/// <summary>Fixed versions and the fix state.</summary>
internal sealed record GrypeFix(
    [property: JsonPropertyName("versions")] IReadOnlyList<string>? Versions,
    [property: JsonPropertyName("state")] string? State);

/// <summary>A related record, such as the NVD entry behind a distribution advisory.</summary>
internal sealed record GrypeRelated(
    [property: JsonPropertyName("id")] string? Id);

/// <summary>The package a match is about.</summary>
internal sealed record GrypeArtifact(
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("version")] string? Version,
    [property: JsonPropertyName("type")] string? Type);

/// <summary>Generated JSON metadata for scanner reports, so reading needs no reflection.</summary>
[JsonSourceGenerationOptions(AllowTrailingCommas = true)]
[JsonSerializable(typeof(TrivyReport))]
[JsonSerializable(typeof(GrypeReport))]
internal sealed partial class ScannerReportJsonContext : JsonSerializerContext
{
}
