using Ballast.Context;
using Ballast.Model;
using Ballast.Syntax;

namespace Ballast.Rules.Catalog;

/// <summary>BL413 (CopyIgnoredFile): a COPY or ADD from the build context names a source
/// that the context's <c>.dockerignore</c> leaves out, so the builder never receives it and
/// the build fails or copies less than intended.</summary>
public sealed class CopyIgnoredFileRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "CopyIgnoredFile";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL413", "Copied file excluded by .dockerignore", Category.Correctness,
        Severity.Warning,
        "A source that .dockerignore excludes is not in the build context: the COPY fails or "
        + "copies nothing.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var copies = context.Model.Stages
            .SelectMany(stage => stage.OfType<CopyInstruction>())
            .Where(copy => copy.FromContext && copy.Sources.Any(IsContextPath))
            .ToList();
        // The file system is asked only when there is something to judge: most files copy
        // nothing from the context, and a batch check would stat the disk for each of them.
        if (copies.Count == 0)
        {
            yield break;
        }

        var ignore = ReadIgnoreFile(context.Model.Source.Path);
        if (ignore is null || ignore.Error is not null || ignore.Patterns.Count == 0)
        {
            yield break;
        }

        foreach (var copy in copies)
        {
            foreach (var source in copy.Sources.Where(IsContextPath))
            {
                if (Check(context, ignore, copy, source) is { } finding)
                {
                    yield return finding;
                }
            }
        }
    }

    private Finding? Check(RuleContext context, DockerignoreFile ignore, CopyInstruction copy,
        WordSyntax source)
    {
        var path = ContextPath.Clean(copy.Expand(source.Text)).TrimStart('/');
        if (path.Length == 0 || ignore.ExcludedBy(path) is not { } pattern
            || MayBeSentAgain(ignore, path))
        {
            return null;
        }

        var verb = copy.IsAdd ? "Add" : "Copy";
        return context.Report(Descriptor,
            $"Attempting to {verb} file \"{path}\" that is excluded by .dockerignore "
            + $"(pattern '{pattern}' on line {pattern.Line} of "
            + $"{Path.GetFileName(ignore.Path)})", source.Span);
    }

    /// <summary>True when an exception pattern may bring back something at or below
    /// <paramref name="path"/>. BuildKit gives up on any exception; this only gives up on
    /// the ones that can reach the source.</summary>
    private static bool MayBeSentAgain(DockerignoreFile ignore, string path) =>
        ignore.Patterns.Where(pattern => pattern.IsException).Any(pattern =>
        {
            var prefix = LiteralPrefix(pattern.Text);
            return path == "." || (path + "/").StartsWith(prefix, StringComparison.Ordinal)
                || prefix.StartsWith(path + "/", StringComparison.Ordinal);
        });

    private static string LiteralPrefix(string pattern)
    {
        var end = pattern.IndexOfAny(['*', '?', '[', '\\']);
        return end < 0 ? pattern : pattern[..end];
    }

    private static bool IsContextPath(WordSyntax source) =>
        !source.Text.StartsWith("<<", StringComparison.Ordinal)
        && !source.Text.Contains("://", StringComparison.Ordinal)
        && !source.Text.StartsWith("git@", StringComparison.Ordinal);

    // Limitation: the context is taken to be the Dockerfile's folder, as in `docker build .`;
    // text that is not a file on disk (standard input, tests) is not judged.
    private static DockerignoreFile? ReadIgnoreFile(string dockerfilePath)
    {
        try
        {
            return File.Exists(dockerfilePath) ? DockerignoreFile.Find(dockerfilePath) : null;
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
