using System.Text.Json.Serialization;

namespace Ballast.Reports;

// The SARIF 2.1.0 objects Ballast writes, named after the specification's sections. Only the
// properties Ballast fills are declared; the serializer leaves out those that are null.

internal sealed record SarifLog(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRun> Runs);

internal sealed record SarifRun(SarifTool Tool, IReadOnlyList<SarifResult> Results)
{
    public string ColumnKind => "utf16CodeUnits";
}

internal sealed record SarifTool(SarifDriver Driver);

internal sealed record SarifDriver(
    string Name,
    string? SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifRule> Rules);

internal sealed record SarifRule(
    string Id,
    string? Name,
    SarifMessage? ShortDescription,
    SarifMessage? FullDescription,
    string? HelpUri,
    SarifMessage? Help,
    SarifConfiguration? DefaultConfiguration,
    SarifProperties? Properties);

internal sealed record SarifConfiguration(string Level);

internal sealed record SarifProperties(IReadOnlyList<string> Tags);

internal sealed record SarifMessage(string Text);

internal sealed record SarifResult(
    string RuleId,
    int RuleIndex,
    string Level,
    SarifMessage Message,
    IReadOnlyList<SarifLocation> Locations,
    IReadOnlyDictionary<string, string> PartialFingerprints,
    IReadOnlyList<SarifFix>? Fixes);

internal sealed record SarifLocation(SarifPhysicalLocation PhysicalLocation);

internal sealed record SarifPhysicalLocation(
    SarifArtifactLocation ArtifactLocation,
    SarifRegion Region);

internal sealed record SarifArtifactLocation(string Uri, string? UriBaseId);

internal sealed record SarifRegion(
    int? StartLine = null,
    int? StartColumn = null,
    int? EndLine = null,
    int? EndColumn = null,
    int? CharOffset = null,
    int? CharLength = null);

internal sealed record SarifFix(
    SarifMessage Description,
    IReadOnlyList<SarifArtifactChange> ArtifactChanges);

internal sealed record SarifArtifactChange(
    SarifArtifactLocation ArtifactLocation,
    IReadOnlyList<SarifReplacement> Replacements);

internal sealed record SarifReplacement(
    SarifRegion DeletedRegion,
    SarifArtifactContent? InsertedContent);

internal sealed record SarifArtifactContent(string Text);
