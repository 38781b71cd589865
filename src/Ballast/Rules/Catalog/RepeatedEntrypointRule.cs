namespace Ballast.Rules.Catalog;

/// <summary>BL459: a stage holds more than one ENTRYPOINT; only the last one counts.</summary>
public sealed class RepeatedEntrypointRule() : RepeatedInstructionRule("ENTRYPOINT")
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL459",
        "More than one ENTRYPOINT in a stage",
        Category.Correctness,
        Severity.Error,
        "Only the last ENTRYPOINT of a stage takes effect; earlier ones are overridden and "
        + "mislead whoever reads the file.");
}
