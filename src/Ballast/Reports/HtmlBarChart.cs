using System.Globalization;

namespace Ballast.Reports;

/// <summary>Draws a horizontal bar chart as inline SVG: a label, a bar scaled to the longest
/// one, and the figure as text. The SVG carries a title for screen readers, and every page
/// prints the same numbers in a table as well.</summary>
internal static class HtmlBarChart
{
    private const int Width = 520;
    private const int LabelWidth = 130;
    private const int FigureWidth = 150;
    private const int PlotWidth = Width - LabelWidth - FigureWidth - 10;
    private const int RowHeight = 24;
    private const int BarHeight = 16;
    private const int LongestLabel = 18;

    /// <summary>Writes a figure holding the chart, captioned <paramref name="caption"/>.</summary>
    public static void Write(
        TextWriter output, string title, string caption, IReadOnlyList<ChartBar> bars)
    {
        var height = Math.Max(1, bars.Count) * RowHeight;
        var longest = bars.Select(bar => Length(bar.Value)).DefaultIfEmpty(0).Max();
        output.Write($"<figure class=\"chart\">\n<figcaption>{HtmlText.Encode(caption)}"
            + "</figcaption>\n");
        output.Write($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{Width}\" "
            + $"height=\"{height}\" viewBox=\"0 0 {Width} {height}\">\n");
        output.Write($"<title>{HtmlText.Encode(title)}</title>\n");
        for (var index = 0; index < bars.Count; index++)
        {
            WriteBar(output, bars[index], index * RowHeight, longest);
        }

        output.Write("</svg>\n</figure>\n");
    }

    /// <summary>The drawn length of a bar in SVG units: proportional to the longest bar, and
    /// at least one unit for any value above zero so a small figure is never invisible. With
    /// every value zero nothing is drawn.</summary>
    public static double Scale(double value, double longest)
    {
        var length = Length(value);
        if (length == 0 || longest <= 0)
        {
            return 0;
        }

        return Math.Max(1, Math.Round(length / longest * PlotWidth, 1));
    }

    private static double Length(double value) =>
        double.IsFinite(value) && value > 0 ? value : 0;

    private static void WriteBar(TextWriter output, ChartBar bar, int top, double longest)
    {
        var baseline = Number(top + RowHeight / 2 + 4);
        var label = HtmlText.Encode(Shorten(bar.Label));
        var text = HtmlText.Encode(bar.Text);
        output.Write($"<g class=\"bar\"><title>{HtmlText.Encode(bar.Label)}: {text}</title>");
        output.Write($"<text x=\"0\" y=\"{baseline}\">{label}</text>");
        output.Write($"<rect class=\"bar-{bar.Tone}\" x=\"{LabelWidth}\" "
            + $"y=\"{Number(top + (RowHeight - BarHeight) / 2)}\" "
            + $"width=\"{Number(Scale(bar.Value, longest))}\" height=\"{BarHeight}\"/>");
        output.Write($"<text x=\"{Width}\" y=\"{baseline}\" text-anchor=\"end\">{text}</text>"
            + "</g>\n");
    }

    /// <summary>Image labels can be long paths; their end says most, and the bar's title
    /// keeps the whole label.</summary>
    private static string Shorten(string label) =>
        label.Length <= LongestLabel ? label : "\u2026" + label[^(LongestLabel - 1)..];

    private static string Number(double value) =>
        value.ToString("0.#", CultureInfo.InvariantCulture);
}
