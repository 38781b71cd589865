using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL410 (InvalidDefaultArgInFrom): when the meta ARGs' defaults make FROM empty
/// or not an image name, the file only builds when every caller passes
/// <c>--build-arg</c>.</summary>
public sealed class InvalidDefaultArgInFromRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "InvalidDefaultArgInFrom";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL410", "Invalid default ARG in FROM", Category.Correctness, Severity.Warning,
        "The ARG defaults should give FROM a valid image name on their own.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            if (stage.From.Arguments.Count == 0
                || stage.From.Arguments[0] is not { } word
                || !word.Text.Contains('$', StringComparison.Ordinal))
            {
                continue;
            }

            var result = FromArguments.ExpandWithDefaults(context.Model, word.Text);
            if (result.Failed || result.Value.Length == 0
                || ImageReference.Parse(result.Value) is null)
            {
                var names = string.Join(", ", Names(context.Model, word.Text));
                yield return context.Report(Descriptor,
                    $"Default value for ARG {word.Text} results in empty or invalid base image "
                    + $"name{(names.Length > 0 ? $" (check {names})" : "")}", word.Span);
            }
        }
    }

    private static IEnumerable<string> Names(DockerfileModel model, string text) =>
        model.MetaArgs.Select(arg => arg.Key)
            .Where(key => text.Contains(key, StringComparison.Ordinal)).Distinct();
}
