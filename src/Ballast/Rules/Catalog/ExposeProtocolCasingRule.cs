namespace Ballast.Rules.Catalog;

/// <summary>BL508 (ExposeProxyProtocol casing): EXPOSE protocols are lower case
/// (<c>80/tcp</c>); BuildKit reports <c>80/TCP</c>.</summary>
public sealed class ExposeProtocolCasingRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "ExposeProtoCasing";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL508", "EXPOSE protocol not lower case", Category.Style, Severity.Info,
        "The protocol of an EXPOSE port should be written in lower case.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var exposes = context.Model.Stages.SelectMany(stage => stage.Instructions)
            .Where(instruction => instruction.Name == "EXPOSE");
        foreach (var expose in exposes)
        {
            foreach (var word in expose.Syntax.Arguments)
            {
                var slash = word.Text.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0 && word.Text[slash..] != word.Text[slash..].ToLowerInvariant())
                {
                    yield return context.Report(Descriptor,
                        $"Defined protocol '{word.Text}' in EXPOSE instruction should be "
                        + "lowercase", word.Span);
                }
            }
        }
    }
}
