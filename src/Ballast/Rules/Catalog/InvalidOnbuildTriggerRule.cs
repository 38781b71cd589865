namespace Ballast.Rules.Catalog;

/// <summary>BL464: ONBUILD wrapping ONBUILD, FROM or MAINTAINER, which BuildKit refuses.
/// </summary>
public sealed class InvalidOnbuildTriggerRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL464",
        "ONBUILD trigger that is not allowed",
        Category.Correctness,
        Severity.Error,
        "ONBUILD cannot wrap ONBUILD, FROM or MAINTAINER; a build from this image fails.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var onbuild in stage.Named("ONBUILD"))
            {
                if (onbuild.Syntax.Trigger is not { Name: "ONBUILD" or "FROM" or "MAINTAINER" }
                    trigger)
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    $"ONBUILD cannot trigger {trigger.Name}.", trigger.KeywordSpan);
            }
        }
    }
}
