namespace Ballast.Rules.Catalog;

/// <summary>BL402 (DuplicateStageName): two stages with one name make <c>--from</c> and
/// <c>--target</c> ambiguous; BuildKit refuses the file.</summary>
public sealed class DuplicateStageNameRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "DuplicateStageName";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL402", "Duplicate stage name", Category.Correctness, Severity.Error,
        "Stage names must be unique, compared in lower case.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in context.Model.Stages)
        {
            if (stage.Name is not { } name || stage.From.Arguments is not [_, _, var word])
            {
                continue;
            }

            if (!seen.Add(name))
            {
                yield return context.Report(Descriptor,
                    $"Duplicate stage name '{name}', stage names should be unique", word.Span);
            }
        }
    }
}
