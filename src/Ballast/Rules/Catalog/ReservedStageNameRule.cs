namespace Ballast.Rules.Catalog;

/// <summary>BL466: a stage named <c>scratch</c> or <c>context</c>, names BuildKit already
/// gives a meaning.</summary>
public sealed class ReservedStageNameRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL466",
        "Reserved stage name",
        Category.Correctness,
        Severity.Warning,
        "scratch and context already mean the empty image and the build context; a stage "
        + "with one of these names is ambiguous in FROM and --from.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Name is not ("scratch" or "context") || stage.From.Arguments.Count < 3)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"Stage name {stage.Name} is reserved; choose another.",
                stage.From.Arguments[2].Span);
        }
    }
}
