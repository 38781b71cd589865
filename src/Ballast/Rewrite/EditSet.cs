using System.Text;

namespace Ballast.Rewrite;

/// <summary>Applies edits to a text. Edits are sorted by position; an edit that overlaps one
/// already taken is left out, so a set of fixes never garbles the file.</summary>
public static class EditSet
{
    /// <summary>Applies the fixes whose edits fit together, in order; returns the new text
    /// and the fixes applied.</summary>
    public static (string Text, IReadOnlyList<Fix> Applied) Apply(
        string text, IEnumerable<Fix> fixes)
    {
        var taken = new List<Edit>();
        var applied = new List<Fix>();
        foreach (var fix in fixes)
        {
            if (fix.Edits.Any(edit => taken.Any(other => Overlap(edit, other))))
            {
                continue;
            }

            taken.AddRange(fix.Edits);
            applied.Add(fix);
        }

        return (Apply(text, taken), applied);
    }

    /// <summary>Applies non-overlapping <paramref name="edits"/> to
    /// <paramref name="text"/>.</summary>
    public static string Apply(string text, IReadOnlyList<Edit> edits)
    {
        var builder = new StringBuilder(text.Length + 256);
        var cursor = 0;
        foreach (var edit in edits.OrderBy(edit => edit.Span.Start)
            .ThenBy(edit => edit.Span.Length))
        {
            if (edit.Span.Start < cursor)
            {
                throw new ArgumentException("Edits overlap.", nameof(edits));
            }

            builder.Append(text, cursor, edit.Span.Start - cursor).Append(edit.NewText);
            cursor = edit.Span.End;
        }

        return builder.Append(text, cursor, text.Length - cursor).ToString();
    }

    private static bool Overlap(Edit a, Edit b) =>
        a.Span.OverlapsWith(b.Span)
        || (a.Span.Start == b.Span.Start && (a.Span.IsEmpty || b.Span.IsEmpty))
        || (a.Span.IsEmpty && b.Span.Contains(a.Span.Start))
        || (b.Span.IsEmpty && a.Span.Contains(b.Span.Start));
}
