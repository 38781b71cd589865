namespace Ballast.Rules.Catalog;

/// <summary>BL403 (ReservedStageName): <c>scratch</c> and <c>context</c> already mean
/// something to FROM and <c>--from</c>; a stage named so is shadowed or shadows.</summary>
public sealed class ReservedStageNameRule : BuildCheckRule
{
    private static readonly string[] Reserved = ["scratch", "context"];

    /// <inheritdoc />
    public override string CheckName => "ReservedStageName";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL403", "Reserved stage name", Category.Correctness, Severity.Warning,
        "The names scratch and context are reserved and should not name a stage.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Name is { } name && Reserved.Contains(name)
                && stage.From.Arguments is [_, _, var word])
            {
                yield return context.Report(Descriptor,
                    $"'{name}' is reserved and should not be used as a stage name", word.Span);
            }
        }
    }
}
