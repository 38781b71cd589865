using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ballast.Reports;

/// <summary>The frame every HTML report shares: one self-contained page whose only style is
/// the inline sheet below, so it works offline, attached to a CI run, or under a strict
/// Content-Security-Policy.</summary>
internal static class HtmlPage
{
    private const string StyleSheet = """

        :root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --back: #ffffff;
          --panel: #f6f8fa; --line: #d1d9e0; --link: #0969da; --before: #8c959f;
          --after: #1f883d; --error: #cf222e; --warning: #bc4c00; --info: #0969da;
          --style: #8250df; --mark: #fff8c5; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #e6edf3; --muted: #9198a1; --back: #0d1117; --panel: #151b23;
            --line: #3d444d; --link: #4493f8; --before: #656c76; --after: #3fb950;
            --error: #f85149; --warning: #db6d28; --info: #4493f8; --style: #ab7df8;
            --mark: #5a4a00; }
        }
        body { font: 15px/1.5 system-ui, sans-serif; color: var(--text);
          background: var(--back); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
        a { color: var(--link); }
        h1, h2, h3 { line-height: 1.25; }
        .lead { font-size: 1.1rem; }
        .muted { color: var(--muted); }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
        figure { margin: 0; }
        figcaption { font-weight: 600; }
        svg { max-width: 100%; height: auto; }
        svg text { fill: currentColor; font-size: 12px; }
        .bar-before { fill: var(--before); }
        .bar-after { fill: var(--after); }
        .bar-error { fill: var(--error); }
        .bar-warning { fill: var(--warning); }
        .bar-info { fill: var(--info); }
        .bar-style { fill: var(--style); }
        .bar-plain { fill: var(--link); }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: 0.25rem 0.5rem; text-align: left;
          vertical-align: top; }
        th { background: var(--panel); }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .message { white-space: pre-line; }
        .severity-error { color: var(--error); }
        .severity-warning { color: var(--warning); }
        .severity-info { color: var(--info); }
        .severity-style { color: var(--style); }
        pre { background: var(--panel); padding: 0.5rem; overflow-x: auto; tab-size: 4;
          margin: 0.25rem 0 0; }
        mark { background: var(--mark); color: inherit; }
        .gutter { color: var(--muted); user-select: none; }
        .side-by-side { display: flex; flex-wrap: wrap; gap: 0 2rem; align-items: flex-start; }
        .passed { color: var(--after); }
        .failed { color: var(--error); }

        """;

    /// <summary>The policy allows the one style sheet above by its hash and nothing else:
    /// no scripts, no fetches, no fonts, no images from anywhere.</summary>
    private static readonly string Policy =
        "default-src 'none'; style-src 'sha256-"
        + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(StyleSheet))) + "'";

    /// <summary>Writes everything up to and including the opening body tag.</summary>
    public static void WriteStart(TextWriter output, string title)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        output.Write($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">\n");
        output.Write($"<title>{HtmlText.Encode(title)}</title>\n");
        output.Write($"<style>{StyleSheet}</style>\n</head>\n<body>\n");
    }

    /// <summary>Writes the footer and closes the page. The time appears only when the
    /// caller passes one, so the same input always gives the same page.</summary>
    public static void WriteEnd(TextWriter output, DateTimeOffset? generatedAt)
    {
        var footer = "Written by Ballast";
        if (generatedAt is { } time)
        {
            footer += " on " + time.ToUniversalTime()
                .ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        }

        output.Write($"<footer class=\"muted\"><p>{footer}.</p></footer>\n</body>\n</html>\n");
    }
}
