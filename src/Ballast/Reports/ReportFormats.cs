namespace Ballast.Reports;

/// <summary>Every output format of <c>check</c>, listed by hand so that trimming keeps them
/// all and <c>--format</c> can name them.</summary>
public static class ReportFormats
{
    /// <summary>The format names, in the order help text lists them.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["tty", "json", "sarif", "checkstyle", "gitlab", "github", "markdown", "html"];

    /// <summary>One formatter of each format, configured with <paramref name="options"/>.</summary>
    public static IReadOnlyList<IReportFormatter> All(ReportOptions options) =>
    [
        new TtyFormatter(options),
        new JsonFormatter(),
        new SarifFormatter(options.ToolVersion),
        new CheckstyleFormatter(),
        new GitLabFormatter(),
        new GitHubFormatter(),
        new MarkdownFormatter(),
        new HtmlFormatter(),
    ];

    /// <summary>The formatter named <paramref name="name"/> (case-insensitive), or null when no
    /// format has that name; the caller reports the error with <see cref="Names"/>.</summary>
    public static IReportFormatter? Find(string name, ReportOptions options) =>
        All(options).FirstOrDefault(
            formatter => string.Equals(formatter.Name, name, StringComparison.OrdinalIgnoreCase));
}
