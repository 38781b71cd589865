namespace Ballast.Rules.Catalog;

/// <summary>BL405 (MultipleInstructionsDisallowed): only the last CMD, ENTRYPOINT or
/// HEALTHCHECK of a stage takes effect; the earlier ones are dead text.</summary>
public sealed class RepeatedInstructionRule : BuildCheckRule
{
    private static readonly string[] LastWins = ["CMD", "ENTRYPOINT", "HEALTHCHECK"];

    /// <inheritdoc />
    public override string CheckName => "MultipleInstructionsDisallowed";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL405", "Repeated CMD, ENTRYPOINT or HEALTHCHECK", Category.Correctness,
        Severity.Warning, "Only the last CMD, ENTRYPOINT or HEALTHCHECK in a stage is used.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var name in LastWins)
            {
                var all = stage.Instructions.Where(i => i.Name == name).ToList();
                foreach (var earlier in all.Take(all.Count - 1))
                {
                    yield return context.Report(Descriptor,
                        $"Multiple {name} instructions should not be used in the same stage "
                        + "because only the last one will be used", earlier.Span);
                }
            }
        }
    }
}
