using Ballast.Rules;

namespace Ballast.Tests.Rules;

public sealed class RulePagesTests
{
    public static TheoryData<string> RuleIds() =>
        new(RuleCatalog.All.Select(rule => rule.Descriptor.Id));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_whose_first_line_names_its_id_and_title(string id)
    {
        var rule = RuleCatalog.Find(id)!.Descriptor;

        var page = Page(rule.DocumentationPath);

        Assert.Equal($"# {rule.Id}: {rule.Title}", page.Split('\n')[0].TrimEnd('\r'));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_page_has_the_sections_of_the_shape(string id)
    {
        var rule = RuleCatalog.Find(id)!.Descriptor;

        var headings = Page(rule.DocumentationPath).Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith("## ", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            ["## Problem", "## What it costs", "## Problematic", "## Correct",
                "## How ballast fix handles it", "## Exceptions", "## Limitations"],
            headings);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_index_links_every_rule_page(string id)
    {
        var index = Page("docs/rules/README.md");

        Assert.Contains($"[{id}]({id}.md)", index);
    }

    [Fact]
    public void Every_page_belongs_to_a_rule_of_the_catalogue()
    {
        var folder = Path.Combine(RepositoryRoot(), "docs", "rules");

        var pages = Directory.GetFiles(folder, "BL*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.All(pages, page => Assert.NotNull(RuleCatalog.Find(page!)));
    }

    private static string Page(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        Assert.True(File.Exists(path), $"missing page {relativePath}");
        return File.ReadAllText(path);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null;
            folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Ballast.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Ballast.slnx above the test assembly");
    }
}
