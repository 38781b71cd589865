namespace Ballast.Rules.Catalog;

/// <summary>BL406 (UndefinedArgInFrom): a variable in FROM that no ARG before the first
/// stage declares is always empty there; ARGs declared inside a stage are not visible.
/// </summary>
public sealed class UndefinedArgInFromRule : BuildCheckRule
{
    /// <inheritdoc />
    public override string CheckName => "UndefinedArgInFrom";

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL406", "Undefined ARG in FROM", Category.Correctness, Severity.Warning,
        "FROM can only use ARGs declared before the first FROM, and built-in arguments.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            var words = stage.From.Arguments.Take(1)
                .Select(word => (word.Text, word.Span))
                .Concat(stage.From.Flags.Where(flag => flag.Name == "platform")
                    .Select(flag => (Text: flag.Value ?? "", flag.Span)));
            foreach (var (text, span) in words)
            {
                var result = FromArguments.ExpandWithDefaults(context.Model, text);
                foreach (var name in result.Unset.Distinct())
                {
                    yield return context.Report(Descriptor,
                        $"FROM argument '{name}' is not declared", span);
                }
            }
        }
    }
}
