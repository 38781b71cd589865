using System.Text.Json;
using System.Xml.Linq;
using Ballast.Reports;
using Ballast.Rules;
using Ballast.Text;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class FormatEscapingTests
{
    [Fact]
    public void Json_objects_have_the_documented_properties_in_a_stable_order()
    {
        var json = GoldenFormatTests.Render(new JsonFormatter(), SampleReports.Check());

        using var document = JsonDocument.Parse(json);

        string[] expected =
        [
            "file", "line", "column", "endLine", "endColumn", "rule", "severity", "category",
            "message", "fixable", "fix", "helpUri",
        ];
        Assert.All(document.RootElement.EnumerateArray(), finding =>
            Assert.Equal(expected, finding.EnumerateObject().Select(property => property.Name)));
    }

    [Fact]
    public void Json_severities_and_categories_are_lower_case_words()
    {
        var json = GoldenFormatTests.Render(new JsonFormatter(), SampleReports.Check());

        using var document = JsonDocument.Parse(json);

        var words = document.RootElement.EnumerateArray()
            .SelectMany(f => new[] { f.GetProperty("severity"), f.GetProperty("category") })
            .Select(value => value.GetString()!)
            .ToList();
        Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
        Assert.Contains("correctness", words);
    }

    [Theory]
    [InlineData("50% done", "50%25 done")]
    [InlineData("one\ntwo", "one%0Atwo")]
    [InlineData("a\r\nb", "a%0D%0Ab")]
    [InlineData("a: b, c", "a: b, c")]
    public void GitHub_message_escapes_percent_and_line_breaks(string message, string escaped)
    {
        Assert.Equal(escaped, GitHubFormatter.EscapeData(message));
    }

    [Theory]
    [InlineData("a:b,c", "a%3Ab%2Cc")]
    [InlineData("100%", "100%25")]
    [InlineData("dir/Dockerfile", "dir/Dockerfile")]
    public void GitHub_property_also_escapes_colon_and_comma(string value, string escaped)
    {
        Assert.Equal(escaped, GitHubFormatter.EscapeProperty(value));
    }

    [Fact]
    public void GitHub_writes_one_command_per_finding_even_for_multi_line_messages()
    {
        var output = GoldenFormatTests.Render(new GitHubFormatter(), SampleReports.Check());

        var lines = output.TrimEnd('\n').Split('\n');

        Assert.Equal(6, lines.Length);
        Assert.All(lines, line => Assert.Matches("^::(error|warning|notice) file=", line));
    }

    [Fact]
    public void GitLab_fingerprints_are_distinct_and_survive_a_line_added_above()
    {
        var before = GitLabFingerprints("FROM a\nRUN x\nRUN x\n");
        var after = GitLabFingerprints("# comment\nFROM a\nRUN x\nRUN x\n");

        Assert.Equal(2, before.Distinct().Count());
        Assert.Equal(before, after);
    }

    [Fact]
    public void Checkstyle_output_is_well_formed_xml_even_with_control_characters()
    {
        var source = new SourceText("FROM a\n");
        var finding = new Finding("BL1", Severity.Info, Category.Style, "bell \u0007 & <tag>",
            source.GetLocation(new TextSpan(0, 4)));
        var report = new CheckReport([new FileReport(source, [finding], [])], []);

        var xml = GoldenFormatTests.Render(new CheckstyleFormatter(), report);

        var error = XDocument.Parse(xml).Descendants("error").Single();
        Assert.Equal("bell \uFFFD & <tag>", (string?)error.Attribute("message"));
    }

    [Theory]
    [InlineData("a | b", @"a \| b")]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [InlineData("apt_get *all*", @"apt\_get \*all\*")]
    [InlineData("one\ntwo", "one two")]
    public void Markdown_cells_escape_what_would_format_or_split_the_table(string text, string cell)
    {
        Assert.Equal(cell, MarkdownFormatter.Escape(text));
    }

    [Fact]
    public void Markdown_stops_at_its_row_limit_and_says_how_many_were_left_out()
    {
        var formatter = new MarkdownFormatter(maximumRows: 3);

        var markdown = GoldenFormatTests.Render(formatter, SampleReports.Check());

        var rows = markdown.Split('\n').Count(line =>
            line.StartsWith("| ", StringComparison.Ordinal)
            && line.Contains("[BL", StringComparison.Ordinal));
        Assert.Equal(3, rows);
        Assert.DoesNotContain("services/api", markdown, StringComparison.Ordinal);
        Assert.EndsWith(
            "\n_3 more not shown; run `ballast check` for all findings._\n",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_within_its_row_limit_has_no_left_out_line()
    {
        var markdown = GoldenFormatTests.Render(new MarkdownFormatter(), SampleReports.Check());

        Assert.DoesNotContain("not shown", markdown, StringComparison.Ordinal);
    }

    private static List<string> GitLabFingerprints(string text)
    {
        var source = new SourceText(text);
        var findings = new[] { 0, 1 }
            .Select(occurrence => new Finding("BL1", Severity.Warning, Category.Size, "m",
                SampleReports.Locate(source, "RUN x", occurrence)))
            .ToList();
        var report = new CheckReport([new FileReport(source, findings, [])], []);

        var json = GoldenFormatTests.Render(new GitLabFormatter(), report);

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray()
            .Select(issue => issue.GetProperty("fingerprint").GetString()!)];
    }
}
