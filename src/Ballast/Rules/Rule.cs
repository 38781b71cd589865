namespace Ballast.Rules;

/// <summary>
/// One check: an id, a title, a category, a default severity and a page, and a method that
/// reads the model and yields findings. Rules never change anything; configuration and
/// suppressions apply after they run.
/// </summary>
public abstract class Rule
{
    /// <summary>What the rule is.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Reads <paramref name="context"/> and yields the problems found.</summary>
    public abstract IEnumerable<Finding> Check(RuleContext context);
}
