namespace Ballast.Rules.Catalog;

/// <summary>BL407 (RedundantTargetPlatform): <c>FROM --platform=$TARGETPLATFORM</c> asks
/// for what FROM does anyway.</summary>
public sealed class RedundantTargetPlatformRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "RedundantTargetPlatform";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL407", "Redundant --platform=$TARGETPLATFORM", Category.Correctness, Severity.Info,
        "FROM already builds for the target platform; the flag adds nothing.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Flag("platform") is { Value: "$TARGETPLATFORM" or "${TARGETPLATFORM}" }
                flag)
            {
                yield return context.Report(Descriptor,
                    "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as "
                    + "this is the default behavior", flag.Span);
            }
        }
    }
}
