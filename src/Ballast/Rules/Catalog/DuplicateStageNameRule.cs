namespace Ballast.Rules.Catalog;

/// <summary>BL455: two stages share a name, so <c>--from</c> and <c>--target</c> silently
/// pick one of them.</summary>
public sealed class DuplicateStageNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL455",
        "Two stages share a name",
        Category.Correctness,
        Severity.Error,
        "Stage names must be unique; BuildKit rejects a file where two FROM lines use the "
        + "same AS name.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Name is not { } name || seen.Add(name) || stage.From.Arguments.Count < 3)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"Stage name {name} is already used by an earlier stage.",
                stage.From.Arguments[2].Span);
        }
    }
}
