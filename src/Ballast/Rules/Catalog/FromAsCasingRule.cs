namespace Ballast.Rules.Catalog;

/// <summary>BL503 (FromAsCasing): the <c>AS</c> of a FROM should be cased like its
/// <c>FROM</c>.</summary>
public sealed class FromAsCasingRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "FromAsCasing";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL503", "FROM and AS cased differently", Category.Style, Severity.Info,
        "The AS keyword should use the same casing as the FROM keyword.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Arguments is not [_, var keyword, _])
            {
                continue;
            }

            var from = stage.From.Keyword;
            var fromUpper = from == from.ToUpperInvariant();
            var fromLower = from == from.ToLowerInvariant();
            var asUpper = keyword.Text == keyword.Text.ToUpperInvariant();
            var asLower = keyword.Text == keyword.Text.ToLowerInvariant();
            if ((fromUpper && !asUpper) || (fromLower && !asLower))
            {
                yield return context.Report(Descriptor,
                    $"'{keyword.Text}' and '{from}' keywords' casing do not match",
                    keyword.Span);
            }
        }
    }
}
