using Ballast.Knowledge;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class KnowledgeDataTests
{
    public static TheoryData<string> Files() =>
        [.. KnowledgeResource.FileNames().Order(StringComparer.Ordinal)];

    public static TheoryData<string> PackageFiles() =>
        [.. KnowledgeResource.FileNames().Where(file => file != "base-images.tsv").Order()];

    private static string Read(string file)
    {
        using var reader = KnowledgeResource.Open(file);
        Assert.NotNull(reader);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Every_release_with_package_facts_and_the_catalogue_are_embedded()
    {
        var files = KnowledgeResource.FileNames().ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "debian-bullseye.tsv", "debian-bookworm.tsv", "debian-trixie.tsv",
                "ubuntu-jammy.tsv", "ubuntu-noble.tsv", "alpine.tsv", "base-images.tsv",
            },
            files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_data_file_names_its_source_in_its_header(string file)
    {
        var text = Read(file);

        var header = text.Split('\n').TakeWhile(line => line.StartsWith('#'));

        Assert.Contains(header, line => line.Contains("Source", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackageFiles))]
    public void Package_tables_are_sorted_by_kind_then_name(string file)
    {
        var rows = Read(file).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();

        var sorted = rows.OrderBy(row => row[0], StringComparer.Ordinal)
            .ThenBy(row => row[1], StringComparer.Ordinal);
        Assert.Equal(sorted.Select(row => row[1]), rows.Select(row => row[1]));
        Assert.All(rows, row => Assert.Equal(3, row.Length));
    }

    [Fact]
    public void The_embedded_data_stays_small()
    {
        var total = KnowledgeResource.FileNames().Sum(file => (long)Read(file).Length);

        Assert.InRange(total, 100_000, 3_000_000);
    }

    [Fact]
    public void A_missing_data_file_gives_no_facts_rather_than_an_exception()
    {
        var facts = new PackageFacts(_ => null);

        var runtime = facts.RuntimePackagesFor("libpq-dev", "bookworm");

        Assert.Empty(runtime);
        Assert.False(facts.Knows("bookworm"));
    }
}
