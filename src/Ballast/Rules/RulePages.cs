namespace Ballast.Rules;

/// <summary>The rule pages (docs/rules/&lt;ID&gt;.md), shipped inside the library so that
/// <c>ballast explain</c> works without the repository.</summary>
public static class RulePages
{
    private const string Prefix = "Ballast.Rules.Pages.";

    /// <summary>The page of rule <paramref name="ruleId"/> as Markdown, or null when the
    /// rule has none.</summary>
    public static string? Find(string ruleId)
    {
        var name = Prefix + ruleId.Trim().ToUpperInvariant() + ".md";
        using var stream = typeof(RulePages).Assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The ids of every rule with a page, ordered.</summary>
    public static IReadOnlyList<string> Ids() =>
        [.. typeof(RulePages).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^".md".Length])
            .Order(StringComparer.Ordinal)];
}
