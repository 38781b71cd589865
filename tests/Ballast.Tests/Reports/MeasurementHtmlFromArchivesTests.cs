using Ballast.Tests.Measure;
using Ballast.Workflows;

namespace Ballast.Tests.Reports;

public sealed class MeasurementHtmlFromArchivesTests : IDisposable
{
    private readonly string folder =
        Directory.CreateTempSubdirectory("ballast-html-compare-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Comparing_two_real_archives_gives_a_valid_page_with_a_bar_per_image()
    {
        var original = Path.Combine(folder, "original.tar");
        var rewrite = Path.Combine(folder, "rewrite.tar");
        await File.WriteAllBytesAsync(original, MeasureImages.Original());
        await File.WriteAllBytesAsync(rewrite, MeasureImages.Rewrite());
        var loader = new ImageLoader(_ => throw new InvalidOperationException("no engine"));

        var run = await CompareRun.ExecuteAsync(original, rewrite, loader,
            VulnerabilitySources.None);
        var page = HtmlPages.ParseStrictly(HtmlPages.Measurement(run.Measurement!));

        var pairs = page.QuerySelectorAll("#charts figure").SkipLast(1).ToList();
        Assert.Equal(4, pairs.Count);
        Assert.All(pairs, chart => Assert.Equal(2, chart.QuerySelectorAll("rect").Length));
        Assert.Equal(3, page.QuerySelectorAll("#layers table")[0]
            .QuerySelectorAll("tr.layer").Length);
        Assert.Contains("RUN apt-get clean", page.QuerySelector("#layers")!.TextContent,
            StringComparison.Ordinal);
    }
}
