using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>One piece of an instruction that the builder expands on its own, with where it
/// sits in the file.</summary>
/// <param name="Text">The text as written, before expansion.</param>
/// <param name="Span">The file span to search for the variable's own location.</param>
/// <param name="Declares">For an ARG word, the name it declares once its default is read.
/// </param>
internal sealed record ExpandedWord(string Text, TextSpan Span, string? Declares = null);
