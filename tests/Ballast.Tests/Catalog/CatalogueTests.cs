using System.Text.RegularExpressions;
using Ballast.Configuration;
using Ballast.Rules;
using Ballast.Text;

namespace Ballast.Tests.Catalog;

public sealed partial class CatalogueTests
{
    [Fact]
    public void Rule_ids_are_unique_and_ordered()
    {
        var ids = RuleCatalog.All.Select(rule => rule.Descriptor.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
    }

    [Fact]
    public void The_hundreds_digit_of_each_id_matches_its_category()
    {
        var wrong = RuleCatalog.All.Select(rule => rule.Descriptor)
            .Where(rule => rule.Id[2] - '1' != (int)rule.Category)
            .Select(rule => rule.Id);

        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_catalogue_rule_in_this_area_has_a_page_shipped_in_the_library()
    {
        var missing = RuleCatalog.All.Select(rule => rule.Descriptor.Id)
            .Where(id => int.Parse(id[2..]) is (>= 131 and <= 150) or (>= 316 and <= 340)
                or (>= 451 and <= 480) or (>= 531 and <= 550))
            .Where(id => RulePages.Find(id) is null);

        Assert.Empty(missing);
    }

    [Fact]
    public void A_page_starts_with_its_id_and_title_and_states_its_limitations()
    {
        var page = RulePages.Find("bl318");

        Assert.NotNull(page);
        Assert.StartsWith("# BL318: Final image runs as root", page);
        Assert.Contains("## Limitations", page, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_has_no_page()
    {
        Assert.Null(RulePages.Find("BL999"));
    }

    [Fact]
    public void The_published_hadolint_table_equals_the_one_in_code()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(),
            "docs/hadolint-mapping.md"));

        var published = TableRow().Matches(page)
            .Select(match => (match.Groups[1].Value, match.Groups[2].Value)).ToList();

        var compiled = HadolintCodes.Table.SelectMany(entry =>
            entry.Value.Select(id => (entry.Key, id))).ToList();
        Assert.Equal(compiled.Order(), published.Order());
    }

    [Fact]
    public void Every_mapped_id_in_this_area_names_a_catalogue_rule()
    {
        var unknown = HadolintCodes.Table.Values.SelectMany(ids => ids)
            .Where(id => RuleCatalog.Find(id) is null);

        Assert.Empty(unknown);
    }

    [Theory]
    [InlineData("FROM")]
    [InlineData("FROM alpine AS\nCOPY --from= \nEXPOSE 99999999999999999999\n")]
    [InlineData("ONBUILD\nUSER\nWORKDIR\nLABEL =\nENV =x\nADD\nCOPY\n")]
    [InlineData("FROM a\nRUN useradd -u\nRUN ln\nRUN apt\nHEALTHCHECK\nCMD\nENTRYPOINT\n")]
    public void No_rule_fails_on_malformed_input(string dockerfile)
    {
        var result = Checker.Default.Check(new SourceText(dockerfile));

        Assert.DoesNotContain(result.Findings,
            finding => finding.Message.Contains("could not check", StringComparison.Ordinal));
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Ballast.slnx")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("no Ballast.slnx");
    }

    [GeneratedRegex(@"^\| (DL\d{4}) \| (BL\d{3}) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
