using System.Text.Json;
using System.Text.Json.Nodes;
using Ballast.Reports;
using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;
using Json.Schema;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class SarifFormatterTests
{
    [Fact]
    public void Sample_report_is_valid_SARIF_2_1_0()
    {
        var sarif = GoldenFormatTests.Render(new SarifFormatter("0.1.0"), SampleReports.Check());

        var results = Validate(sarif);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Report_without_findings_is_valid_SARIF_2_1_0()
    {
        var sarif = GoldenFormatTests.Render(new SarifFormatter(), SampleReports.Empty());

        var results = Validate(sarif);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void Schema_rejects_a_log_without_version_so_the_validation_can_fail()
    {
        var sarif = GoldenFormatTests.Render(new SarifFormatter(), SampleReports.Check());
        var node = JsonNode.Parse(sarif)!.AsObject();
        node.Remove("version");

        var results = Validate(node.ToJsonString());

        Assert.False(results.IsValid);
    }

    [Fact]
    public void Applying_the_fix_replacements_to_the_original_gives_the_fixed_text()
    {
        var source = new SourceText("RUN apt-get install -y gcc\nCMD [\"x\"]\n");
        var fix = new Fix("Trim", [
            new Edit(new TextSpan(22, 0), " --no-install-recommends"),
            new Edit(new TextSpan(27, 9), "CMD [\"y\"]"),
        ]);
        var finding = new Finding(
            "BL103", Severity.Warning, Category.Size, "m", source.GetLocation(new(0, 3)), fix);
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var sarif = GoldenFormatTests.Render(new SarifFormatter(), report);

        Assert.Equal(
            "RUN apt-get install -y --no-install-recommends gcc\nCMD [\"y\"]\n",
            ApplyReplacements(source.Text, sarif));
    }

    [Fact]
    public void Rule_missing_from_the_catalogue_is_described_so_rule_index_resolves()
    {
        var sarif = GoldenFormatTests.Render(new SarifFormatter(), SampleReports.Check());
        var run = JsonNode.Parse(sarif)!["runs"]![0]!;

        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        var diagnostic = run["results"]!.AsArray().Single(r => (string?)r!["ruleId"] == "BL000")!;

        Assert.Equal("BL000", (string?)rules[(int)diagnostic["ruleIndex"]!]!["id"]);
    }

    [Fact]
    public void Rule_page_given_as_a_repository_path_goes_into_help_text_not_helpUri()
    {
        var sarif = GoldenFormatTests.Render(new SarifFormatter(), SampleReports.Check());

        var rule = JsonNode.Parse(sarif)!["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray()
            .Single(r => (string?)r!["id"] == "BL103")!;

        Assert.Null(rule["helpUri"]);
        Assert.Equal("See docs/rules/BL103.md.", (string?)rule["help"]!["text"]);
    }

    [Fact]
    public void Results_carry_the_same_fingerprints_as_the_GitLab_report()
    {
        var report = SampleReports.Check();
        var sarif = GoldenFormatTests.Render(new SarifFormatter(), report);
        var gitlab = GoldenFormatTests.Render(new GitLabFormatter(), report);

        var fromSarif = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray()
            .Select(r => (string?)r!["partialFingerprints"]!["ballastFingerprint/v1"]);
        var fromGitLab = JsonNode.Parse(gitlab)!.AsArray()
            .Select(issue => (string?)issue!["fingerprint"]);

        Assert.Equal(fromGitLab, fromSarif);
        Assert.Equal(6, fromSarif.Distinct().Count());
    }

    [Theory]
    [InlineData("Dockerfile", "Dockerfile")]
    [InlineData("./svc/Dockerfile", "svc/Dockerfile")]
    [InlineData("my app/Docker file", "my%20app/Docker%20file")]
    public void Relative_paths_become_escaped_uris_under_the_source_root(string path, string uri)
    {
        var source = new SourceText("FROM scratch\n", path);
        var finding = new Finding(
            "BL302", Severity.Error, Category.Security, "m", source.GetLocation(new(0, 4)));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var sarif = GoldenFormatTests.Render(new SarifFormatter(), report);
        var artifact = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!["locations"]![0]!
            ["physicalLocation"]!["artifactLocation"]!;

        Assert.Equal(uri, (string?)artifact["uri"]);
        Assert.Equal("%SRCROOT%", (string?)artifact["uriBaseId"]);
    }

    [Fact]
    public void Absolute_path_becomes_a_file_uri_without_base()
    {
        var source = new SourceText("FROM scratch\n", "/srv/app/Dockerfile");
        var finding = new Finding(
            "BL302", Severity.Error, Category.Security, "m", source.GetLocation(new(0, 4)));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var sarif = GoldenFormatTests.Render(new SarifFormatter(), report);
        var artifact = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!["locations"]![0]!
            ["physicalLocation"]!["artifactLocation"]!;

        Assert.Equal("file:///srv/app/Dockerfile", (string?)artifact["uri"]);
        Assert.Null(artifact["uriBaseId"]);
    }

    /// <summary>The published schema is draft-04, which JsonSchema.Net does not read. Its
    /// <c>$schema</c> is set to draft-07, which spells every keyword this schema uses the
    /// same way, and its draft-04 <c>id</c> is dropped: no reference uses it, and under
    /// draft-07 JsonSchema.Net would register it and refuse the schema a second time.</summary>
    private static EvaluationResults Validate(string json)
    {
        var schemaNode = JsonNode.Parse(File.ReadAllText(
            Golden.SourceFile("Data/sarif-2.1.0.json")))!.AsObject();
        schemaNode["$schema"] = "http://json-schema.org/draft-07/schema#";
        schemaNode.Remove("id");
        var schema = JsonSchema.FromText(schemaNode.ToJsonString());

        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(
            document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? [])
            .Where(detail => detail.Errors is { Count: > 0 })
            .Select(detail =>
                $"{detail.InstanceLocation}: {string.Join("; ", detail.Errors!.Values)}"));

    private static string ApplyReplacements(string original, string sarif)
    {
        var replacements = JsonNode.Parse(sarif)!["runs"]![0]!["results"]![0]!["fixes"]![0]!
            ["artifactChanges"]![0]!["replacements"]!.AsArray()
            .Select(r => (
                Offset: (int)r!["deletedRegion"]!["charOffset"]!,
                Length: (int)r["deletedRegion"]!["charLength"]!,
                Text: (string?)r["insertedContent"]?["text"] ?? string.Empty))
            .OrderByDescending(r => r.Offset);

        var text = original;
        foreach (var (offset, length, inserted) in replacements)
        {
            text = text.Remove(offset, length).Insert(offset, inserted);
        }

        return text;
    }
}
