using Ballast.Rewrite;
using Ballast.Text;

namespace Ballast.Rules;

/// <summary>One problem a rule found, where it is, and how to fix it when a safe fix
/// exists.</summary>
/// <param name="RuleId">The stable rule id, such as <c>BL103</c>.</param>
/// <param name="Severity">The severity after configuration is applied.</param>
/// <param name="Category">What the rule protects.</param>
/// <param name="Message">One sentence for the user.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Fix">A safe fix, when one exists.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    Category Category,
    string Message,
    Location Location,
    Fix? Fix = null)
{
    /// <summary>True when <see cref="Fix"/> is set.</summary>
    public bool Fixable => Fix is not null;
}
