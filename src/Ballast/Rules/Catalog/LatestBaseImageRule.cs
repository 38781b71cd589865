namespace Ballast.Rules.Catalog;

/// <summary>BL452: a FROM asks for the <c>latest</c> tag without a digest, which moves
/// whenever the publisher pushes.</summary>
public sealed class LatestBaseImageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL452",
        "Base image tagged latest",
        Category.Correctness,
        Severity.Warning,
        "FROM uses the latest tag, which moves with every release of the image; builds stop "
        + "being repeatable and break when a new major version lands.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            if (stage.BaseImage is not { Tag: "latest", Digest: null } image
                || stage.ImageWord() is not { } word)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{image} follows latest; pin a version tag or a digest.", word.Span);
        }
    }
}
