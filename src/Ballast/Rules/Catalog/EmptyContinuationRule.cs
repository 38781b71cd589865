namespace Ballast.Rules.Catalog;

/// <summary>BL504 (NoEmptyContinuation): a blank line inside a continued instruction is
/// skipped today, but BuildKit says it will become an error. The parser notes each one as
/// a warning diagnostic; this rule reports them.</summary>
public sealed class EmptyContinuationRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "NoEmptyContinuation";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL504", "Empty continuation line", Category.Style, Severity.Warning,
        "Blank lines inside a continued instruction will become errors in a future "
        + "BuildKit release.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context) =>
        context.Model.Syntax.Diagnostics
            .Where(diagnostic => diagnostic.Code == CheckName)
            .Select(diagnostic => context.Report(Descriptor, diagnostic.Message, diagnostic.Span));
}
