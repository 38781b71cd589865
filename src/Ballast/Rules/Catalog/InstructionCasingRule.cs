using Ballast.Syntax;

namespace Ballast.Rules.Catalog;

/// <summary>BL501 (ConsistentInstructionCasing): instruction words should all be upper case
/// or all lower case. A word in mixed case, or in the minority's case, is reported.</summary>
public sealed class InstructionCasingRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "ConsistentInstructionCasing";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL501", "Inconsistent instruction casing", Category.Style, Severity.Info,
        "Instruction words should share one casing, as most of the file writes them.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var words = Keywords(context.Model.Syntax).ToList();
        var upper = words.Count(word => word.Keyword == word.Keyword.ToUpperInvariant());
        var lower = words.Count(word => word.Keyword == word.Keyword.ToLowerInvariant());
        var majorityUpper = upper >= lower;
        var expected = majorityUpper ? "uppercase" : "lowercase";
        foreach (var word in words)
        {
            var wanted = majorityUpper
                ? word.Keyword.ToUpperInvariant()
                : word.Keyword.ToLowerInvariant();
            if (word.Keyword != wanted)
            {
                yield return context.Report(Descriptor,
                    $"Command '{word.Keyword}' should match the case of the command majority "
                    + $"({expected})", word.KeywordSpan);
            }
        }
    }

    private static IEnumerable<InstructionSyntax> Keywords(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
        {
            yield return instruction;
            if (instruction.Trigger is { } trigger)
            {
                yield return trigger;
            }
        }
    }
}
