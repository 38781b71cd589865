namespace Ballast.Rules.Catalog;

/// <summary>The "did you mean" of BuildKit's messages: the first known name within an edit
/// distance of two of the unknown one, compared case-sensitively as on Linux.</summary>
internal static class NameSuggestion
{
    private const int Limit = 3;

    /// <summary>The closest of <paramref name="known"/> to <paramref name="name"/>, or null
    /// when none is close or <paramref name="name"/> itself is known.</summary>
    public static string? Closest(string name, IEnumerable<string> known)
    {
        string? match = null;
        var best = Limit;
        foreach (var candidate in known)
        {
            if (candidate == name)
            {
                return null;
            }

            var distance = Distance(name, candidate);
            if (distance < best)
            {
                best = distance;
                match = candidate;
            }
        }

        return match;
    }

    /// <summary>The Levenshtein distance between <paramref name="a"/> and
    /// <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
