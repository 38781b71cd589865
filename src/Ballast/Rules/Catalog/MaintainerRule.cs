namespace Ballast.Rules.Catalog;

/// <summary>BL531: MAINTAINER is deprecated; a LABEL carries the same fact where tools look
/// for it.</summary>
public sealed class MaintainerRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL531",
        "MAINTAINER is deprecated",
        Category.Style,
        Severity.Style,
        "MAINTAINER has been deprecated for years; use "
        + "LABEL org.opencontainers.image.authors=\"...\".");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var instruction in context.Model.Syntax.Instructions)
        {
            if (instruction.Name != "MAINTAINER")
            {
                continue;
            }

            yield return context.Report(Descriptor,
                "MAINTAINER is deprecated; use LABEL org.opencontainers.image.authors.",
                instruction.KeywordSpan);
        }
    }
}
