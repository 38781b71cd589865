using System.Text;
using System.Text.Json;
using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The <c>sarif</c> format: a SARIF 2.1.0 log with one run, the rules that ran as
/// <c>tool.driver.rules</c>, one result per finding, and each safe fix as SARIF
/// <c>fixes</c> whose replacements are character offsets into the original file.</summary>
public sealed class SarifFormatter : IReportFormatter
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    /// <summary>Viewers such as GitHub code scanning match results across runs by partial
    /// fingerprints; a versioned key lets the recipe change without mixing old and new.</summary>
    private const string FingerprintKey = "ballastFingerprint/v1";

    private readonly string? toolVersion;

    /// <summary>Creates the formatter; <paramref name="toolVersion"/> is recorded as the
    /// driver's version when given.</summary>
    public SarifFormatter(string? toolVersion = null) => this.toolVersion = toolVersion;

    /// <inheritdoc />
    public string Name => "sarif";

    /// <inheritdoc />
    public void Write(CheckReport report, TextWriter output)
    {
        var rules = RulesOf(report);
        var results = report.Files
            .SelectMany(file => file.Ordered.Zip(FindingFingerprint.Of(file)))
            .Select(pair => ToResult(pair.First, pair.Second, rules))
            .ToList();
        var driver = new SarifDriver(
            "Ballast", toolVersion, "https://ballast.dev", [.. rules.Select(ToRule)]);
        var log = new SarifLog(SchemaUri, "2.1.0", [new SarifRun(new SarifTool(driver), results)]);

        output.Write(JsonSerializer.Serialize(log, ReportJsonContext.Readable.SarifLog));
        output.Write('\n');
    }

    /// <summary>The catalogue, plus a bare entry for any rule a finding names that the
    /// catalogue lacks, so every result's <c>ruleIndex</c> points at a rule.</summary>
    private static List<RuleDescriptor> RulesOf(CheckReport report)
    {
        var rules = report.Rules.OrderBy(rule => rule.Id, StringComparer.Ordinal).ToList();
        var missing = report.Files
            .SelectMany(file => file.Ordered)
            .Where(finding => report.FindRule(finding.RuleId) is null)
            .GroupBy(finding => finding.RuleId, StringComparer.Ordinal)
            .Select(group => group.First())
            .Select(finding => new RuleDescriptor(
                finding.RuleId, string.Empty, finding.Category, finding.Severity, string.Empty));

        return [.. rules.Concat(missing).OrderBy(rule => rule.Id, StringComparer.Ordinal)];
    }

    private static SarifRule ToRule(RuleDescriptor rule)
    {
        var tags = new SarifProperties([ReportNames.Category(rule.Category)]);
        var configuration = new SarifConfiguration(Level(rule.DefaultSeverity));
        if (rule.Title.Length == 0)
        {
            return new SarifRule(rule.Id, null, null, null, null, null, configuration, tags);
        }

        return new SarifRule(
            rule.Id,
            PascalCase(rule.Title),
            new SarifMessage(rule.Title),
            new SarifMessage(rule.Summary.Length > 0 ? rule.Summary : rule.Title),
            IsAbsoluteUri(rule.HelpUri) ? rule.HelpUri : null,
            IsAbsoluteUri(rule.HelpUri) ? null : new SarifMessage($"See {rule.HelpUri}."),
            configuration,
            tags);
    }

    private static SarifResult ToResult(
        Finding finding, string fingerprint, List<RuleDescriptor> rules)
    {
        var location = finding.Location;
        var artifact = ArtifactLocation(location.Path);
        // SARIF positions start at 1; a malformed location must not make the log invalid.
        var region = new SarifRegion(
            Math.Max(1, location.Start.Line),
            Math.Max(1, location.Start.Column),
            Math.Max(1, location.End.Line),
            Math.Max(1, location.End.Column));
        var index = rules.FindIndex(rule => rule.Id == finding.RuleId);

        return new SarifResult(
            finding.RuleId,
            index,
            Level(finding.Severity),
            new SarifMessage(finding.Message),
            [new SarifLocation(new SarifPhysicalLocation(artifact, region))],
            new Dictionary<string, string> { [FingerprintKey] = fingerprint },
            finding.Fix is null ? null : [ToFix(finding.Fix, artifact)]);
    }

    private static SarifFix ToFix(Rewrite.Fix fix, SarifArtifactLocation artifact)
    {
        var replacements = fix.Edits
            .OrderBy(edit => edit.Span.Start)
            .Select(edit => new SarifReplacement(
                new SarifRegion(
                    CharOffset: Math.Max(0, edit.Span.Start),
                    CharLength: Math.Max(0, edit.Span.Length)),
                edit.NewText.Length == 0 ? null : new SarifArtifactContent(edit.NewText)))
            .ToList();

        return new SarifFix(
            new SarifMessage(fix.Description), [new SarifArtifactChange(artifact, replacements)]);
    }

    /// <summary>SARIF requires <c>helpUri</c> to be an absolute URI; a rule page named by its
    /// path in the repository goes into the rule's help text instead.</summary>
    private static bool IsAbsoluteUri(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    /// <summary>SARIF has no level below <c>note</c>, so info and style findings share
    /// it.</summary>
    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Relative paths are written relative to <c>%SRCROOT%</c>, which code scanning
    /// services resolve to the repository root; absolute paths become <c>file:</c> URIs.</summary>
    private static SarifArtifactLocation ArtifactLocation(string path)
    {
        if (Path.IsPathFullyQualified(path))
        {
            return new SarifArtifactLocation(new Uri(path).AbsoluteUri, null);
        }

        var segments = ReportNames.ForwardSlashes(path)
            .Split('/')
            .Where(segment => segment is not ("" or "."))
            .Select(Uri.EscapeDataString);
        return new SarifArtifactLocation(string.Join('/', segments), SourceRoot);
    }

    /// <summary>SARIF wants a rule name that reads as one identifier, such as
    /// <c>DevelopmentPackageInFinalImage</c>.</summary>
    private static string PascalCase(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = new string([.. word.Where(char.IsLetterOrDigit)]);
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters.AsSpan(1));
            }
        }

        return name.ToString();
    }
}
