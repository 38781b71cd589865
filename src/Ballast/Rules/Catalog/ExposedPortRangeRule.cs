using System.Globalization;

namespace Ballast.Rules.Catalog;

/// <summary>BL456: EXPOSE names a port outside 0 to 65535.</summary>
public sealed class ExposedPortRangeRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL456",
        "EXPOSE port out of range",
        Category.Correctness,
        Severity.Error,
        "TCP and UDP ports go from 0 to 65535; a larger number cannot be exposed.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.ReachableStages)
        {
            foreach (var expose in stage.Named("EXPOSE"))
            {
                foreach (var word in expose.Syntax.Arguments)
                {
                    if (!OutOfRange(expose.Expand(word.Text)))
                    {
                        continue;
                    }

                    yield return context.Report(Descriptor,
                        $"Port {word.Text} is above 65535.", word.Span);
                }
            }
        }
    }

    private static bool OutOfRange(string text)
    {
        var ports = text.Split('/')[0].Split('-');
        return ports.Any(port => long.TryParse(port, NumberStyles.None,
            CultureInfo.InvariantCulture, out var number) && number > 65535);
    }
}
