using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL506 (LegacyKeyValueFormat): <c>ENV key value</c> sets one variable to the
/// whole rest of the line, which surprises readers who expect several words to be several
/// variables; <c>key=value</c> says what it means.</summary>
public sealed class LegacyKeyValueRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "LegacyKeyValueFormat";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL506", "Legacy key value format", Category.Style, Severity.Info,
        "ENV and LABEL should use key=value; the space-separated form is legacy.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            foreach (var instruction in stage.OfType<KeyValueInstruction>())
            {
                if (instruction.IsLegacyForm && instruction.Name is "ENV" or "LABEL")
                {
                    yield return context.Report(Descriptor,
                        $"\"{instruction.Name} key=value\" should be used instead of legacy "
                        + $"\"{instruction.Name} key value\" format", instruction.Span,
                        JoinWithEquals(context, instruction));
                }
            }
        }
    }

    /// <summary>Turns <c>ENV KEY value</c> into <c>ENV KEY=value</c> when the value is one
    /// plain word on the same line; values with blanks, quotes or escapes would need
    /// re-quoting, and are left to the user.</summary>
    private static Fix? JoinWithEquals(RuleContext context, KeyValueInstruction instruction)
    {
        if (instruction.Syntax.Arguments is not [var key, var value]
            || value.Text.Any(c => c is '"' or '\'' or '`' or '\\' || char.IsWhiteSpace(c))
            || key.Text.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var gap = TextSpan.FromBounds(key.Span.End, value.Span.Start);
        var between = context.Model.Source.Text.Substring(gap.Start, gap.Length);
        if (between.Length == 0 || between.Any(c => c is not (' ' or '\t')))
        {
            return null;
        }

        return new Fix($"Write {key.Text}={value.Text}.", [new Edit(gap, "=")]);
    }
}
