using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL318: the final image runs as root, by an explicit <c>USER root</c> or by never
/// switching user. Builder stages may run as root; only the stages that ship are read.
/// </summary>
public sealed class RootFinalUserRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL318",
        "Final image runs as root",
        Category.Security,
        Severity.Warning,
        "A container running as root turns an escape or a writable mount into a host "
        + "compromise; switch to an unprivileged USER before CMD.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var stages = context.FinalImageStages().ToList();
        if (stages.Count == 0)
        {
            yield break;
        }

        var lastUser = stages.SelectMany(stage => stage.Named("USER").Reverse()).FirstOrDefault();
        if (lastUser is not null)
        {
            if (IsRoot(lastUser.Expand(Word(lastUser))))
            {
                yield return context.Report(Descriptor,
                    "The last USER of the final image is root; switch to an unprivileged user.",
                    lastUser.Span);
            }

            yield break;
        }

        var first = stages[^1];
        if (RunsAsNonRoot(first.BaseImage))
        {
            yield break;
        }

        yield return context.Report(Descriptor,
            $"The final image never sets USER and runs as root (stage {stages[0].DisplayName}).",
            first.From.KeywordSpan);
    }

    private static string Word(Instruction user) =>
        user.Syntax.Arguments.Count > 0 ? user.Syntax.Arguments[0].Text : "";

    private static bool IsRoot(string user)
    {
        var name = user.Split(':')[0];
        return name is "root" or "0";
    }

    // Limitation: the base image's own USER is only known for images that say it in their
    // tag (distroless :nonroot, chainguard) or scratch, which runs nothing by itself.
    private static bool RunsAsNonRoot(ImageReference? image) =>
        image is null || image.IsScratch
        || image.EffectiveTag.Contains("nonroot", StringComparison.OrdinalIgnoreCase)
        || image.Repository.StartsWith("chainguard/", StringComparison.Ordinal)
        || (image.Registry?.Contains("chainguard", StringComparison.Ordinal) ?? false);
}
