namespace Ballast.Rules.Catalog;

/// <summary>BL404 (WorkdirRelativePath): a relative WORKDIR before any absolute one in the
/// stage resolves against the base image's working directory, which can change under you.
/// Windows paths such as <c>C:\app</c> count as absolute.</summary>
public sealed class RelativeWorkdirRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "WorkdirRelativePath";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL404", "Relative WORKDIR", Category.Correctness, Severity.Warning,
        "A relative WORKDIR depends on the base image's working directory.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.ParentStage is not null)
            {
                continue;
            }

            var workdir = stage.Instructions.FirstOrDefault(i => i.Name == "WORKDIR");
            if (workdir is null || workdir.Syntax.Arguments is not [var word])
            {
                continue;
            }

            var path = workdir.Expand(word.Text);
            if (!IsAbsolute(path) && !word.Text.Contains('$', StringComparison.Ordinal))
            {
                yield return context.Report(Descriptor,
                    $"Relative workdir '{path}' can have unexpected results if the base image "
                    + "changes", word.Span);
            }
        }
    }

    /// <summary>True for <c>/x</c>, <c>\x</c> and drive paths such as <c>C:\x</c> or
    /// <c>c:/x</c>.</summary>
    internal static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\')
        || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
