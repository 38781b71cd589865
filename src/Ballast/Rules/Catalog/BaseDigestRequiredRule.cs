namespace Ballast.Rules.Catalog;

/// <summary>BL323: the team asks for base images pinned by digest and a FROM has none. Off
/// until configuration turns it on (<c>require-digest: true</c>).</summary>
public sealed class BaseDigestRequiredRule(bool required) : Rule
{
    /// <summary>The rule as it is without configuration: it reports nothing.</summary>
    public BaseDigestRequiredRule()
        : this(false)
    {
    }

    /// <summary>True when the configuration asks for digests.</summary>
    public bool Required { get; } = required;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL323",
        "Base image not pinned by digest",
        Category.Security,
        Severity.Warning,
        "Tags move; a digest names exactly one image, so a compromised or re-pushed tag "
        + "cannot change what is built.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (!Required)
        {
            yield break;
        }

        foreach (var stage in context.Model.ReachableStages)
        {
            if (stage.BaseImage is not { IsScratch: false, Digest: null } image
                || stage.ImageWord() is not { } word)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{image} is not pinned; write {image}@sha256:<digest>.", word.Span);
        }
    }
}
