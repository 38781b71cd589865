namespace Ballast.Rules.Catalog;

/// <summary>BL451: a FROM names an image with neither tag nor digest, so every build may pull
/// a different image than the last one did.</summary>
public sealed class UntaggedBaseImageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL451",
        "Base image without a tag",
        Category.Correctness,
        Severity.Warning,
        "FROM names an image without a tag or digest; the build pulls whatever latest is "
        + "today, so two builds of the same file can differ.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            // A base written as a variable is the caller's choice; hadolint skips it too.
            if (stage.BaseImage is not { } image || image.IsScratch
                || stage.BaseText.StartsWith('$') || image.Tag is not null
                || image.Digest is not null || stage.ImageWord() is not { } word)
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{image} has no tag; name a version such as {image.ShortRepository}:<version>.",
                word.Span);
        }
    }
}
