using System.Text;
using Ballast.Knowledge.Generator;
using Xunit;

namespace Ballast.Tests.Knowledge;

public sealed class PackageDigestTests
{
    private static readonly string Fixture =
        Path.Combine(AppContext.BaseDirectory, "Cases", "Knowledge", "fixture.Packages");

    private static readonly string Common =
        Path.Combine(AppContext.BaseDirectory, "Cases", "Knowledge", "fixture-common.txt");

    private static string Digest(IReadOnlySet<string>? selection = null)
    {
        using var reader = new StreamReader(Fixture);
        var digest = new PackageDigest(DebianIndex.Parse(reader));
        var common = File.ReadAllLines(Common).Where(line => !line.StartsWith('#'));
        using var writer = new StringWriter();
        digest.Write(writer, ["fixture"], common, selection);
        return writer.ToString();
    }

    private static string[] Rows(string digest) =>
        digest.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToArray();

    [Fact]
    public void Digesting_the_same_index_twice_gives_identical_bytes()
    {
        var first = Encoding.UTF8.GetBytes(Digest());

        var second = Encoding.UTF8.GetBytes(Digest());

        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }

    [Fact]
    public void Rows_are_sorted_by_kind_then_name_with_LF_line_ends()
    {
        var digest = Digest();

        var rows = Rows(digest);

        var sorted = rows.OrderBy(row => row.Split('\t')[0], StringComparer.Ordinal)
            .ThenBy(row => row.Split('\t')[1], StringComparer.Ordinal);
        Assert.Equal(sorted, rows);
        Assert.DoesNotContain('\r', digest);
    }

    [Theory]
    [InlineData("libpq-dev", "libpq5")]
    [InlineData("zlib1g-dev", "zlib1g")]
    [InlineData("libssl-dev", "libssl3")]
    [InlineData("libjpeg-dev", "libjpeg62-turbo")]
    [InlineData("libglib2.0-dev", "libglib2.0-0")]
    [InlineData("libc6-dev", "libc6")]
    public void A_dev_package_stands_for_its_same_source_shared_libraries(
        string dev,
        string runtime)
    {
        var rows = Rows(Digest());

        Assert.Contains($"dev\t{dev}\t{runtime}", rows);
    }

    [Fact]
    public void Go_source_packages_are_left_out()
    {
        var rows = Rows(Digest());

        Assert.DoesNotContain(rows, row => row.Contains("golang-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_virtual_dev_name_points_at_its_provider()
    {
        var rows = Rows(Digest());

        Assert.Contains("virtual\tlibz-dev\tzlib1g-dev", rows);
        Assert.Contains("virtual\tlibc-dev\tlibc6-dev", rows);
        Assert.DoesNotContain(
            rows,
            row => row.StartsWith("virtual\tlibc6-dev", StringComparison.Ordinal));
    }

    [Fact]
    public void A_closure_leaves_out_what_a_minimal_system_already_has()
    {
        var rows = Rows(Digest());

        Assert.Contains("closure\tgcc\tcpp,cpp-12,gcc,gcc-12", rows);
        Assert.Contains("closure\tlibpq-dev\tlibpq-dev,libpq5,libssl-dev,libssl3", rows);
        Assert.DoesNotContain(
            rows,
            row => row.StartsWith("closure\tnot-in-the-index", StringComparison.Ordinal));
    }

    [Fact]
    public void Sizes_are_installed_kibibytes_in_bytes()
    {
        var rows = Rows(Digest());

        Assert.Contains("size\tlibpq5\t921600", rows);
        Assert.Contains("size\tgcc-12\t61440000", rows);
    }

    [Fact]
    public void A_selection_keeps_only_the_listed_dev_names()
    {
        var rows = Rows(Digest(new HashSet<string> { "libpq-dev" }));

        Assert.Contains("dev\tlibpq-dev\tlibpq5", rows);
        Assert.DoesNotContain(
            rows,
            row => row.StartsWith("dev\tzlib1g-dev", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, row => row.StartsWith("virtual\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Relations_drop_versions_architecture_qualifiers_and_profiles()
    {
        var groups = DebianIndex.Relations(
            "libc6 (>= 2.34), python3:any | python3-minimal [amd64], gcc <!nocheck>");

        Assert.Equal(3, groups.Count);
        Assert.Equal(["libc6"], groups[0]);
        Assert.Equal(["python3", "python3-minimal"], groups[1]);
        Assert.Equal(["gcc"], groups[2]);
    }
}
