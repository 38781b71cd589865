namespace Ballast.Rules.Catalog;

/// <summary>BL532: <c>FROM --platform=$TARGETPLATFORM</c> says what BuildKit does anyway.
/// </summary>
public sealed class RedundantTargetPlatformRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL532",
        "Redundant --platform=$TARGETPLATFORM",
        Category.Style,
        Severity.Style,
        "Stages build for the target platform by default; the flag adds nothing.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Flag("platform") is not { Value: "$TARGETPLATFORM"
                or "${TARGETPLATFORM}" } flag)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                "--platform=$TARGETPLATFORM is the default; remove it.", flag.Span);
        }
    }
}
