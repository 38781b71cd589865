using Ballast.Files;
using Ballast.Reports;
using Ballast.Rewrite;

namespace Ballast.Workflows;

/// <summary>What a fix run produced: the report of the rewrite, or the errors that stopped
/// it, where the result was written, and the exit code (0 done, 2 input errors).</summary>
public sealed record FixRun(
    FixReport? Report,
    IReadOnlyList<string> Notes,
    IReadOnlyList<DocumentError> Errors,
    string? WrittenTo,
    int ExitCode)
{
    /// <summary>Fixes the file <paramref name="request"/> names. Files with syntax errors are
    /// never written.</summary>
    public static FixRun Execute(FixRequest request, Fixer fixer)
    {
        var path = Directory.Exists(request.Path)
            ? System.IO.Path.Combine(request.Path, "Dockerfile")
            : request.Path;
        var document = DockerfileDocument.Read(path, out var readError);
        if (document is null)
        {
            return Failed(readError!);
        }

        var source = document.Source;
        var errors = Checked(document);
        if (errors.Count > 0)
        {
            return new FixRun(null, [], errors, null, 2);
        }

        if (request.ContextDirectory is { } given && !Directory.Exists(given))
        {
            return Failed(new DocumentError(given, 0, 0,
                "the build context folder does not exist"));
        }

        var context = request.ContextDirectory
            ?? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        var result = fixer.Fix(source,
            new FixOptions(request.MultiStage, context, request.CacheMounts));
        var report = new FixReport(path, result.OriginalText, result.NewText, result.Changes,
            result.Estimate);
        var target = request.Output ?? (request.Write && result.Changed ? path : null);
        if (target is null)
        {
            return new FixRun(report, result.Notes, [], null, 0);
        }

        try
        {
            AtomicFile.Write(target, document.Encode(result.NewText), modeFrom: path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Failed(new DocumentError(target, 0, 0, WriteProblem(target, exception)));
        }

        return new FixRun(report, result.Notes, [], target, 0);
    }

    private static List<DocumentError> Checked(DockerfileDocument document)
    {
        var model = Model.DockerfileModel.Parse(document.Text, document.Path);
        return model.AllDiagnostics.Where(diagnostic => diagnostic.IsError)
            .Select(diagnostic =>
            {
                var location = model.Locate(diagnostic.Span);
                return new DocumentError(document.Path, location.Start.Line, location.Start.Column,
                    diagnostic.Message);
            })
            .ToList();
    }

    private static string WriteProblem(string target, Exception exception)
    {
        if (Directory.Exists(target))
        {
            return "cannot write: it is a folder";
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(target));
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"cannot write: the folder {folder} does not exist";
        }

        return exception is UnauthorizedAccessException
            ? "cannot write: permission denied"
            : $"cannot write: {exception.Message}";
    }

    private static FixRun Failed(DocumentError error) => new(null, [], [error], null, 2);
}
