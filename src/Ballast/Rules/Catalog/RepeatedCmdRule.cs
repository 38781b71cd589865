namespace Ballast.Rules.Catalog;

/// <summary>BL458: a stage holds more than one CMD; only the last one counts.</summary>
public sealed class RepeatedCmdRule() : RepeatedInstructionRule("CMD")
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL458",
        "More than one CMD in a stage",
        Category.Correctness,
        Severity.Warning,
        "Only the last CMD of a stage takes effect; earlier ones are overridden and "
        + "mislead whoever reads the file.");
}
