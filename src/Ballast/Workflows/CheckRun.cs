using Ballast.Configuration;
using Ballast.Files;
using Ballast.Reports;
using Ballast.Rules;
using Ballast.Syntax;

namespace Ballast.Workflows;

/// <summary>What a check run produced: the report, the input errors, and the exit code
/// (0 clean, 1 findings at or above the threshold, 2 input errors).</summary>
public sealed record CheckRun(
    CheckReport Report, IReadOnlyList<DocumentError> InputErrors, int ExitCode)
{
    /// <summary>The descriptor syntax errors are reported under.</summary>
    public static RuleDescriptor SyntaxError { get; } = new(
        "BL000", "Dockerfile syntax error", Category.Correctness, Severity.Error,
        "BuildKit cannot read this instruction; the build would fail here.");

    /// <summary>Checks every Dockerfile <paramref name="options"/> names, in parallel, and
    /// reports them in the order they were found.</summary>
    public static CheckRun Execute(CheckOptions options, Checker checker)
    {
        var errors = new List<DocumentError>();
        var found = new List<string>();
        var paths = options.Paths.Count > 0 ? options.Paths : ["Dockerfile"];
        foreach (var path in paths)
        {
            found.AddRange(DockerfileFinder.Find(path, options.HonourGitignore, out var findError));
            if (findError is not null)
            {
                errors.Add(findError);
            }
        }

        var outcomes = new FileOutcome[found.Count];
        Parallel.For(0, found.Count, index =>
            outcomes[index] = CheckFile(found[index], checker, options));

        var files = new List<FileReport>();
        var failed = false;
        foreach (var outcome in outcomes)
        {
            errors.AddRange(outcome.Errors);
            if (outcome.Report is { } report)
            {
                files.Add(report);
                failed |= report.Findings.Any(finding => FailThreshold.Fails(finding,
                    outcome.FailOn));
            }
        }

        var rules = checker.Rules.Select(rule => rule.Descriptor).Prepend(SyntaxError).ToList();
        var checkReport = new CheckReport(files, rules);
        var exit = errors.Count > 0 ? 2 : failed ? 1 : 0;
        return new CheckRun(checkReport, errors, exit);
    }

    private static FileOutcome CheckFile(string path, Checker checker, CheckOptions options)
    {
        var errors = new List<DocumentError>();
        var document = DockerfileDocument.Read(path, out var readError);
        if (document is null)
        {
            return new FileOutcome(null, [readError!], options.FailOn);
        }

        var configurationErrors = new List<ConfigurationError>();
        var configuration = ConfigurationLocator.Load(path, options.ConfigPath,
            configurationErrors);
        errors.AddRange(configurationErrors.Select(error =>
            new DocumentError(error.Path, error.Line, error.Column, error.Message)));

        var configured = new Checker(FindingFilter.Rules(configuration, checker.Rules));
        var result = configured.Check(document.Source, options.Model);
        var findings = FindingFilter.Apply(configuration, path, result.Model.Syntax,
            result.Findings);
        // The parser and the instruction validator report separately; users read them in
        // file order.
        var diagnostics = result.Errors.Select(error => ToFinding(result, error))
            .OrderBy(finding => finding.Location.Start.Line)
            .ThenBy(finding => finding.Location.Start.Column)
            .ToList();
        errors.AddRange(diagnostics.Select(finding => new DocumentError(path,
            finding.Location.Start.Line, finding.Location.Start.Column, finding.Message)));
        if (options.Model?.Target is { } target && result.Model.Target is null
            && result.Model.Stages.Count > 0)
        {
            // BuildKit refuses a build whose target names no stage; so does check.
            errors.Add(new DocumentError(path, 0, 0,
                $"target stage \"{target}\" could not be found"));
        }
        var failOn = options.FailOnGiven || (configuration.FailOn is null
            && !configuration.NeverFails)
            ? options.FailOn
            : configuration.FailOn;
        return new FileOutcome(new FileReport(result.Model.Source, findings, diagnostics),
            errors, failOn);
    }

    private static Finding ToFinding(CheckResult result, SyntaxDiagnostic diagnostic) =>
        new(SyntaxError.Id, Severity.Error, Category.Correctness, diagnostic.Message,
            result.Model.Locate(diagnostic.Span));

    private sealed record FileOutcome(FileReport? Report, IReadOnlyList<DocumentError> Errors,
        Severity? FailOn);
}
