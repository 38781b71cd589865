namespace Ballast.Rules.Catalog;

/// <summary>BL411 (ExposeInvalidFormat): EXPOSE documents container ports; an IP address
/// or a <c>host:container</c> mapping belongs to <c>docker run -p</c>, not the image.
/// </summary>
public sealed class ExposeFormatRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "ExposeInvalidFormat";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL411", "EXPOSE with an address or host port", Category.Correctness, Severity.Warning,
        "EXPOSE takes a port or range and an optional protocol, not an IP or host mapping.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var exposes = context.Model.Stages.SelectMany(stage => stage.Instructions)
            .Where(instruction => instruction.Name == "EXPOSE");
        foreach (var expose in exposes)
        {
            foreach (var word in expose.Syntax.Arguments)
            {
                if (word.Text.Contains(':', StringComparison.Ordinal))
                {
                    yield return context.Report(Descriptor,
                        "EXPOSE instruction should not define an IP address or host-port "
                        + $"mapping, found '{word.Text}'", word.Span);
                }
            }
        }
    }
}
