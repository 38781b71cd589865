using Ballast.Rules;

namespace Ballast.Reports;

/// <summary>How many findings of each severity a run produced, across how many files, and how
/// many of them carry a safe fix.</summary>
/// <param name="Errors">Findings of severity error.</param>
/// <param name="Warnings">Findings of severity warning.</param>
/// <param name="Infos">Findings of severity info.</param>
/// <param name="Styles">Findings of severity style.</param>
/// <param name="Files">Files checked.</param>
/// <param name="Fixable">Findings that <c>ballast fix</c> can resolve.</param>
public sealed record FindingCounts(
    int Errors,
    int Warnings,
    int Infos,
    int Styles,
    int Files,
    int Fixable)
{
    /// <summary>All findings, whatever their severity.</summary>
    public int Total => Errors + Warnings + Infos + Styles;

    /// <summary>Counts the findings of <paramref name="report"/>.</summary>
    public static FindingCounts Of(CheckReport report)
    {
        var findings = report.Files.SelectMany(file => file.Ordered).ToList();
        int Count(Severity severity) => findings.Count(finding => finding.Severity == severity);

        return new FindingCounts(
            Count(Severity.Error),
            Count(Severity.Warning),
            Count(Severity.Info),
            Count(Severity.Style),
            report.Files.Count,
            findings.Count(finding => finding.Fixable));
    }

    /// <summary>One line such as
    /// <c>3 errors, 5 warnings, 2 infos in 2 files; 4 fixable with ballast fix</c>. Style
    /// findings are named only when there are some, since most runs have none.</summary>
    public string ToSentence()
    {
        var files = Plural(Files, "file");
        if (Total == 0)
        {
            return $"No problems in {files}";
        }

        var parts = new List<string>
        {
            Plural(Errors, "error"),
            Plural(Warnings, "warning"),
            Plural(Infos, "info"),
        };
        if (Styles > 0)
        {
            parts.Add(Plural(Styles, "style finding"));
        }

        var sentence = $"{string.Join(", ", parts)} in {files}";
        return Fixable == 0 ? sentence : $"{sentence}; {Fixable} fixable with ballast fix";
    }

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
