using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>The words every format uses for severities and categories, so that
/// <c>json</c>, <c>tty</c> and the others never disagree.</summary>
internal static class ReportNames
{
    public static string Severity(Severity severity) => severity switch
    {
        Rules.Severity.Error => "error",
        Rules.Severity.Warning => "warning",
        Rules.Severity.Info => "info",
        _ => "style",
    };

    public static string Category(Category category) => category switch
    {
        Rules.Category.Size => "size",
        Rules.Category.Cache => "cache",
        Rules.Category.Security => "security",
        Rules.Category.Correctness => "correctness",
        _ => "style",
    };

    /// <summary>Line-oriented formats must keep one finding per line, whatever a message
    /// holds.</summary>
    public static string SingleLine(string text) =>
        text.Replace("\r\n", " ", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace('\r', ' ');

    /// <summary>A path with forward slashes, as URIs and most CI services expect.</summary>
    public static string ForwardSlashes(string path) => path.Replace('\\', '/');
}
