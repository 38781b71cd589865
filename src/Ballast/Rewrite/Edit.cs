using Ballast.Text;

namespace Ballast.Rewrite;

/// <summary>Replace the text of <paramref name="Span"/> in the original with
/// <paramref name="NewText"/>. An empty span inserts; an empty new text deletes.</summary>
public sealed record Edit(TextSpan Span, string NewText);
