using Ballast.Reports;

namespace Ballast.Workflows;

/// <summary>Where one report format goes: a file, or standard output when
/// <paramref name="Path"/> is null. Several destinations let one run feed a terminal, a
/// code-scanning upload and a pull-request comment at once.</summary>
/// <param name="Format">A name from <see cref="ReportFormats.Names"/>.</param>
/// <param name="Path">The file to write, or null for standard output.</param>
public sealed record ReportDestination(string Format, string? Path)
{
    /// <summary>Reads <c>FORMAT=FILE</c> as given to <c>--output</c>; null with an
    /// <paramref name="error"/> when the format is unknown or the file is missing.</summary>
    public static ReportDestination? Parse(string text, out string? error)
    {
        error = null;
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            error = $"--output '{text}': write FORMAT=FILE, such as sarif=ballast.sarif";
            return null;
        }

        var format = text[..equals].Trim().ToLowerInvariant();
        if (!ReportFormats.Names.Contains(format))
        {
            error = $"--output '{text}': unknown format '{format}'; known: "
                + string.Join(", ", ReportFormats.Names);
            return null;
        }

        return new ReportDestination(format, text[(equals + 1)..]);
    }
}
