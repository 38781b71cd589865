using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL316: ADD used for plain local files. ADD also fetches URLs and unpacks
/// archives, so a reader cannot tell what it does without knowing the files; COPY only
/// copies.</summary>
public sealed class AddLocalFileRule : Rule
{
    private static readonly string[] Archives =
        [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz",
         ".bz2", ".xz", ".zst"];

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL316",
        "ADD for local files",
        Category.Security,
        Severity.Warning,
        "ADD unpacks archives and fetches URLs as side effects; for plain files COPY says "
        + "exactly what happens.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var add in stage.OfType<CopyInstruction>().Where(copy => copy.IsAdd))
            {
                if (add.Sources.Count == 0 || add.Sources.Any(source => IsSpecial(source.Text))
                    || add.Syntax.Heredocs.Count > 0)
                {
                    continue;
                }

                var keyword = add.Syntax.KeywordSpan;
                yield return context.Report(Descriptor,
                    "ADD copies plain files here; use COPY.", keyword,
                    new Rewrite.Fix("Replace ADD with COPY.",
                        [new Rewrite.Edit(keyword, Case(add.Syntax.Keyword))]));
            }
        }
    }

    /// <summary>True for a URL, a git source or a name that looks like an archive.</summary>
    internal static bool IsSpecial(string source) =>
        source.Contains("://", StringComparison.Ordinal)
        || source.StartsWith("git@", StringComparison.Ordinal)
        || source.Contains('$')
        || Archives.Any(suffix => source.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    private static string Case(string keyword) =>
        keyword.Any(char.IsLower) && !keyword.Any(char.IsUpper) ? "copy" : "COPY";
}
