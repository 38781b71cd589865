namespace Ballast.Rules.Catalog;

/// <summary>BL502 (StageNameCasing): BuildKit lower-cases stage names, so a name written
/// with capitals reads differently from the name <c>--target</c> and <c>--from</c> use.
/// </summary>
public sealed class StageNameCasingRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "StageNameCasing";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL502", "Stage name not lower case", Category.Style, Severity.Info,
        "Stage names are compared in lower case; writing them so avoids confusion.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Arguments is not [_, _, var name])
            {
                continue;
            }

            if (name.Text != name.Text.ToLowerInvariant())
            {
                yield return context.Report(Descriptor,
                    $"Stage name '{name.Text}' should be lowercase", name.Span);
            }
        }
    }
}
