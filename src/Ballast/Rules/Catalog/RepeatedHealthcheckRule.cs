namespace Ballast.Rules.Catalog;

/// <summary>BL457: a stage holds more than one HEALTHCHECK; only the last one counts.</summary>
public sealed class RepeatedHealthcheckRule() : RepeatedInstructionRule("HEALTHCHECK")
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL457",
        "More than one HEALTHCHECK in a stage",
        Category.Correctness,
        Severity.Error,
        "Only the last HEALTHCHECK of a stage takes effect; earlier ones are overridden and "
        + "mislead whoever reads the file.");
}
