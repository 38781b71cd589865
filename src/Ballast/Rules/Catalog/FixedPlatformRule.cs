namespace Ballast.Rules.Catalog;

/// <summary>BL463: FROM --platform with a fixed value, which forces emulation on every other
/// architecture and breaks multi-platform builds.</summary>
public sealed class FixedPlatformRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL463",
        "FROM --platform with a fixed value",
        Category.Correctness,
        Severity.Warning,
        "A fixed --platform makes the stage build for one architecture whatever the build "
        + "asks for; use $BUILDPLATFORM or $TARGETPLATFORM, or leave it out.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            if (stage.From.Flag("platform") is not { } flag || flag.Value is null
                || flag.Value.Contains('$'))
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"--platform={flag.Value} pins this stage to one platform; use "
                + "$BUILDPLATFORM or $TARGETPLATFORM.",
                flag.Span);
        }
    }
}
