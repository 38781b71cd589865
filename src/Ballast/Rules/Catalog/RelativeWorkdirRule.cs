namespace Ballast.Rules.Catalog;

/// <summary>BL461: WORKDIR with a relative path, which depends on whatever WORKDIR the base
/// image happened to set.</summary>
public sealed class RelativeWorkdirRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL461",
        "Relative WORKDIR",
        Category.Correctness,
        Severity.Warning,
        "A relative WORKDIR is resolved against the previous one, often set by the base "
        + "image; an absolute path says where files land.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var workdir in stage.Named("WORKDIR"))
            {
                if (workdir.Syntax.Arguments.Count == 0)
                {
                    continue;
                }

                var word = workdir.Syntax.Arguments[0];
                if (IsAbsolute(word.Text))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"WORKDIR {word.Text} is relative; write an absolute path.", word.Span);
            }
        }
    }

    // A variable may hold an absolute path, and Windows images use drive letters.
    private static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('$') || path.StartsWith('"')
        || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
}
