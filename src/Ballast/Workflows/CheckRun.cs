using Ballast.Files;
using Ballast.Reports;
using Ballast.Rules;
using Ballast.Syntax;

namespace Ballast.Workflows;

/// <summary>What a check run produced: the report, the input errors, and the exit code
/// (0 clean, 1 findings at or above the threshold, 2 input errors).</summary>
public sealed record CheckRun(CheckReport Report, IReadOnlyList<DocumentError> InputErrors, int ExitCode)
{
    /// <summary>The descriptor syntax errors are reported under.</summary>
    public static RuleDescriptor SyntaxError { get; } = new(
        "BL000", "Dockerfile syntax error", Category.Correctness, Severity.Error,
        "BuildKit cannot read this instruction; the build would fail here.");

    /// <summary>Checks every Dockerfile <paramref name="options"/> names.</summary>
    public static CheckRun Execute(CheckOptions options, Checker checker)
    {
        var errors = new List<DocumentError>();
        var files = new List<FileReport>();
        var paths = options.Paths.Count > 0 ? options.Paths : ["Dockerfile"];
        foreach (var path in paths)
        {
            var found = DockerfileFinder.Find(path, out var findError);
            foreach (var file in found)
            {
                var report = CheckFile(file, checker, options, errors);
                if (report is not null)
                {
                    files.Add(report);
                }
            }

            if (findError is not null)
            {
                errors.Add(findError);
            }
        }

        var rules = checker.Rules.Select(rule => rule.Descriptor).Prepend(SyntaxError).ToList();
        var checkReport = new CheckReport(files, rules);
        var failed = files.SelectMany(file => file.Findings)
            .Any(finding => FailThreshold.Fails(finding, options.FailOn));
        var exit = errors.Count > 0 ? 2 : failed ? 1 : 0;
        return new CheckRun(checkReport, errors, exit);
    }

    private static FileReport? CheckFile(
        string path, Checker checker, CheckOptions options, List<DocumentError> errors)
    {
        var document = DockerfileDocument.Read(path, out var readError);
        if (document is null)
        {
            errors.Add(readError!);
            return null;
        }

        var result = checker.Check(document.Source, options.Model);
        var diagnostics = result.Errors.Select(error => ToFinding(result, error)).ToList();
        errors.AddRange(diagnostics.Select(finding => new DocumentError(path,
            finding.Location.Start.Line, finding.Location.Start.Column, finding.Message)));
        return new FileReport(result.Model.Source, result.Findings, diagnostics);
    }

    private static Finding ToFinding(CheckResult result, SyntaxDiagnostic diagnostic) =>
        new(SyntaxError.Id, Severity.Error, Category.Correctness, diagnostic.Message,
            result.Model.Locate(diagnostic.Span));
}
