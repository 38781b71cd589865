using System.Text.RegularExpressions;
using Ballast.Model;

namespace Ballast.Rules.Catalog;

/// <summary>BL533: a LABEL key that breaks the label conventions: characters outside
/// lower-case letters, digits, dots and dashes, doubled separators, or Docker's reserved
/// namespaces.</summary>
public sealed partial class LabelKeyRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL533",
        "Label key outside the conventions",
        Category.Style,
        Severity.Style,
        "Label keys are lower-case reverse-DNS names with dots and dashes; com.docker.*, "
        + "io.docker.* and org.dockerproject.* are reserved.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var labels = context.Model.Stages.SelectMany(stage => stage.OfType<KeyValueInstruction>())
            .Where(instruction => instruction.Name == "LABEL");
        foreach (var pair in labels.SelectMany(label => label.Pairs))
        {
            if (Problem(pair.Key) is not { } problem)
            {
                continue;
            }

            yield return context.Report(Descriptor, $"Label {pair.Key}: {problem}.",
                pair.Word.Span);
        }
    }

    private static string? Problem(string key)
    {
        if (key.StartsWith("com.docker.", StringComparison.Ordinal)
            || key.StartsWith("io.docker.", StringComparison.Ordinal)
            || key.StartsWith("org.dockerproject.", StringComparison.Ordinal))
        {
            return "the namespace is reserved for Docker";
        }

        if (!Allowed().IsMatch(key))
        {
            return "use lower-case letters, digits, dots and dashes";
        }

        return key.Contains("..", StringComparison.Ordinal)
            || key.Contains("--", StringComparison.Ordinal)
            ? "separators are doubled" : null;
    }

    [GeneratedRegex("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$")]
    private static partial Regex Allowed();
}
