namespace Ballast.Rules;

/// <summary>What a rule is, independent of any file: its id, title, category, default
/// severity, and the page that explains it.</summary>
/// <param name="Id">The stable id, such as <c>BL103</c>.</param>
/// <param name="Title">A short title, such as "Development package in the final image".</param>
/// <param name="Category">What the rule protects.</param>
/// <param name="DefaultSeverity">The severity before configuration.</param>
/// <param name="Summary">One or two sentences: the problem and why it matters.</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    Category Category,
    Severity DefaultSeverity,
    string Summary)
{
    /// <summary>Where the rule's page lives in the repository, relative to its root.</summary>
    public string DocumentationPath => $"docs/rules/{Id}.md";

    /// <summary>The link to the rule's page: its path in the repository.</summary>
    public string HelpUri => DocumentationPath;
}
