namespace Ballast.Reports;

/// <summary>Writes a <see cref="CheckReport"/> in one output format.</summary>
public interface IReportFormatter
{
    /// <summary>The name users pass to <c>--format</c>, such as <c>sarif</c>.</summary>
    string Name { get; }

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>. Lines end with
    /// <c>\n</c> on every platform, so output is the same everywhere.</summary>
    void Write(CheckReport report, TextWriter output);
}
