using System.Text;
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
        var upper = words.Count(word => IsCased(word.Keyword, upper: true));
        var lower = words.Count(word => IsCased(word.Keyword, upper: false));
        var majorityUpper = upper >= lower;
        var expected = majorityUpper ? "uppercase" : "lowercase";
        foreach (var word in words.Where(word => !IsCased(word.Keyword, majorityUpper)))
        {
            yield return context.Report(Descriptor,
                $"Command '{word.Keyword}' should match the case of the command majority "
                + $"({expected})", word.KeywordSpan);
        }
    }

    /// <summary>True when <paramref name="keyword"/> already reads in the wanted case: the
    /// same as comparing it with its upper- or lower-cased copy, without making the copy for
    /// the plain ASCII words every Dockerfile has.</summary>
    private static bool IsCased(string keyword, bool upper)
    {
        if (!Ascii.IsValid(keyword))
        {
            return keyword == (upper ? keyword.ToUpperInvariant() : keyword.ToLowerInvariant());
        }

        return upper
            ? !keyword.AsSpan().ContainsAnyInRange('a', 'z')
            : !keyword.AsSpan().ContainsAnyInRange('A', 'Z');
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
