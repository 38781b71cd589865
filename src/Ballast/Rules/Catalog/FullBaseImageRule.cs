using Ballast.Knowledge;

namespace Ballast.Rules.Catalog;

/// <summary>BL101: the final image is built on the full variant of an official image while a
/// slim variant of the same version and release exists. The full variants carry compilers,
/// headers and tools (the whole buildpack-deps stack, hundreds of megabytes).</summary>
public sealed class FullBaseImageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL101",
        "Full base image where a slim variant exists",
        Category.Size,
        Severity.Warning,
        "The final image starts from the full variant of an official image; the slim "
        + "variant of the same version and release leaves out compilers and headers.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var stage = context.FinalImageStages().LastOrDefault();
        if (stage?.BaseImage is not { } image)
        {
            yield break;
        }

        var facts = context.DescribeBase(stage);
        if (facts is not { Variant: Variant.Full }
            || context.Images.SlimTwin(facts) is not { } slim)
        {
            yield break;
        }

        var word = stage.From.Arguments[0];
        var saving = Saving(context, facts, slim);
        // An estimated release is not stated as a fact; the twin matches the tag either way.
        var release = facts.ReleaseIsCertain && facts.Release.Length > 0
            ? facts.Release + ", "
            : "";
        yield return context.Report(Descriptor,
            $"{image} is the full image ({release}with compilers and headers); "
            + $"{image.ShortRepository}:{slim} is the same release without them{saving}.",
            word.Span);
    }

    private static string Saving(RuleContext context, BaseImageFacts full, string slimTag)
    {
        var slim = context.Images.Describe(full.Repository, slimTag);
        if (full.EstimatedCompressedBytes is not { } big
            || slim?.EstimatedCompressedBytes is not { } small)
        {
            return "";
        }

        return $" (estimate: about {Sizes.Megabytes(big - small)} smaller compressed)";
    }
}
