using Ballast.Files;
using Ballast.Rewrite;

namespace Ballast.Workflows;

/// <summary>The two Dockerfiles a measure run builds, and the context they share.</summary>
internal sealed record DockerfilePair(
    string Original,
    string Rewrite,
    string Context,
    IReadOnlyList<string> Notes)
{
    public static DockerfilePair? Read(MeasureOptions options, out string? error)
    {
        var path = Directory.Exists(options.Path)
            ? Path.Combine(options.Path, "Dockerfile")
            : options.Path;
        var document = DockerfileDocument.Read(path, out var readError);
        error = readError?.ToString();
        if (document is null)
        {
            return null;
        }

        var context = Path.GetFullPath(options.ContextDirectory
            ?? Path.GetDirectoryName(Path.GetFullPath(path))!);
        if (options.Against is { } against)
        {
            var other = DockerfileDocument.Read(against, out readError);
            error = readError?.ToString();
            return other is null
                ? null
                : new DockerfilePair(document.Text, other.Text, context, []);
        }

        var fix = Fixer.Default.Fix(document.Source, new FixOptions(MultiStage: true, context));
        var notes = fix.Changed
            ? fix.Notes
            : [.. fix.Notes, "Ballast has no rewrite for this Dockerfile; both builds are alike."];
        return new DockerfilePair(document.Text, fix.NewText, context, notes);
    }
}
