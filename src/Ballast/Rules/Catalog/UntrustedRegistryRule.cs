using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL322: a base image or <c>COPY --from</c> image comes from a registry outside
/// the list the team trusts. Inactive until configuration lists trusted registries.</summary>
public sealed class UntrustedRegistryRule(IReadOnlyList<string> trusted) : Rule
{
    /// <summary>The rule with no trusted registries configured: it reports nothing.</summary>
    public UntrustedRegistryRule()
        : this([])
    {
    }

    /// <summary>The registries images may come from; <c>docker.io</c> for Docker Hub.</summary>
    public IReadOnlyList<string> Trusted { get; } = trusted;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL322",
        "Image from an untrusted registry",
        Category.Security,
        Severity.Error,
        "The configuration lists the registries images may come from; this image comes "
        + "from another one.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        if (Trusted.Count == 0)
        {
            yield break;
        }

        foreach (var stage in context.Model.ReachableStages)
        {
            if (stage.BaseImage is { IsScratch: false } image && !IsTrusted(image)
                && stage.ImageWord() is { } word)
            {
                yield return Report(context, image, word.Span);
            }

            foreach (var copy in stage.OfType<CopyInstruction>())
            {
                if (copy.From is { } from && copy.FromStage is null
                    && ImageReference.Parse(copy.Expand(from)) is { } source
                    && from.IndexOfAny([':', '/', '@']) >= 0 && !IsTrusted(source))
                {
                    yield return Report(context, source, copy.Syntax.Flag("from")!.Span);
                }
            }
        }
    }

    private Finding Report(RuleContext context, ImageReference image, Text.TextSpan span) =>
        context.Report(Descriptor,
            $"{image} comes from {Registry(image)}, which is not in the trusted registries "
            + $"({string.Join(", ", Trusted)}).",
            span);

    private bool IsTrusted(ImageReference image) =>
        Trusted.Contains(Registry(image), StringComparer.OrdinalIgnoreCase);

    private static string Registry(ImageReference image) =>
        image.IsDockerHub ? "docker.io" : image.Registry!;
}
