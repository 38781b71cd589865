namespace Ballast.Rules.Catalog;

/// <summary>A rule for instructions of which only the last one in a stage takes effect
/// (CMD, ENTRYPOINT, HEALTHCHECK): every earlier one is dead text that misleads readers.
/// </summary>
public abstract class RepeatedInstructionRule(string instruction) : Rule
{
    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            var all = stage.Named(instruction).ToList();
            foreach (var earlier in all.SkipLast(1))
            {
                yield return context.Report(Descriptor,
                    $"Only the last {instruction} of stage {stage.DisplayName} takes effect; "
                    + "this one is overridden.",
                    earlier.Syntax.KeywordSpan);
            }
        }
    }
}
