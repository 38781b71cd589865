namespace Ballast.Rules.Catalog;

/// <summary>BL505 (MaintainerDeprecated): MAINTAINER is deprecated in favour of a label.
/// </summary>
public sealed class MaintainerDeprecatedRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "MaintainerDeprecated";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL505", "MAINTAINER is deprecated", Category.Style, Severity.Info,
        "MAINTAINER is deprecated; LABEL org.opencontainers.image.authors says the same.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context) =>
        context.Model.Syntax.Instructions
            .Where(instruction => instruction.Name == "MAINTAINER")
            .Select(instruction => context.Report(Descriptor,
                "Maintainer instruction is deprecated in favor of using label",
                instruction.KeywordSpan));
}
