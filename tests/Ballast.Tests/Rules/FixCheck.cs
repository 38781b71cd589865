using System.Text;
using Ballast.Rewrite;

namespace Ballast.Tests.Rules;

/// <summary>The properties every safe fix must have, checked for one rule alone: the fixed
/// text parses, the finding is gone, nothing outside the inserted text changed, and a second
/// fix changes nothing.</summary>
internal static class FixCheck
{
    /// <summary>Fixes <paramref name="original"/> with rule <paramref name="id"/>, asserts
    /// every property, and returns the fixed text for further assertions.</summary>
    public static string AssertSafe(string id, string original)
    {
        var edits = RuleRun.Findings(id, original)
            .SelectMany(finding => finding.Fix?.Edits ?? [])
            .ToList();
        Assert.NotEmpty(edits);

        var result = RuleRun.Fix(id, original);

        Assert.True(result.Changed);
        Assert.True(RuleRun.Parses(result.NewText), result.NewText);
        Assert.Empty(RuleRun.Findings(id, result.NewText));
        Assert.Equal(original, WithoutInsertions(result.NewText, edits));
        Assert.Equal(result.NewText, RuleRun.Fix(id, result.NewText).NewText);
        return result.NewText;
    }

    /// <summary>Takes the inserted texts back out of <paramref name="fixedText"/>, checking
    /// each is where its edit put it. Fixes of these rules only insert.</summary>
    public static string WithoutInsertions(string fixedText, IReadOnlyList<Edit> edits)
    {
        var positions = new List<(int At, int Length)>();
        var shift = 0;
        foreach (var edit in edits.OrderBy(edit => edit.Span.Start))
        {
            Assert.Equal(0, edit.Span.Length);
            var at = edit.Span.Start + shift;
            Assert.Equal(edit.NewText, fixedText.Substring(at, edit.NewText.Length));
            positions.Add((at, edit.NewText.Length));
            shift += edit.NewText.Length;
        }

        var builder = new StringBuilder(fixedText);
        foreach (var (at, length) in Enumerable.Reverse(positions))
        {
            builder.Remove(at, length);
        }

        return builder.ToString();
    }
}
