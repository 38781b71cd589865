using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Ballast.Reports;
using Ballast.Workflows;

namespace Ballast.Tests.Reports;

/// <summary>Renders reports as HTML and parses them the way a browser would.</summary>
internal static class HtmlPages
{
    public static string Check(CheckReport report) =>
        GoldenFormatTests.Render(new HtmlFormatter(), report);

    public static string Measurement(Measurement measurement)
    {
        using var output = new StringWriter();
        new MeasurementHtmlFormatter().Write(measurement, output);
        return output.ToString();
    }

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Parses as a validator would: any HTML parse error throws.</summary>
    public static IHtmlDocument ParseStrictly(string html) =>
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
}
