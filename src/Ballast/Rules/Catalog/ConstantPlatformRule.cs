namespace Ballast.Rules.Catalog;

/// <summary>BL408 (FromPlatformFlagConstDisallowed): a constant <c>--platform</c> pins the
/// stage to one platform, so a multi-platform build silently runs it under emulation or
/// ships the wrong architecture. A stage named after its platform is exempt, as in BuildKit.
/// </summary>
public sealed class ConstantPlatformRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "FromPlatformFlagConstDisallowed";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL408", "Constant FROM --platform", Category.Correctness, Severity.Warning,
        "FROM --platform should use a variable such as $BUILDPLATFORM, not a constant.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Flag("platform") is not { Value: { Length: > 0 } value } flag
                || value.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            var os = value.Split('/')[0];
            if (stage.Name is { } name && name.Contains(os, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"FROM --platform flag should not use constant value \"{value}\"", flag.Span);
        }
    }
}
