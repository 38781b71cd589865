using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>One argument word of an instruction.</summary>
/// <param name="Text">The word as BuildKit splits it, before variable expansion.</param>
/// <param name="Span">Where the word is in the file; it may cross continuation lines.</param>
public sealed record WordSyntax(string Text, TextSpan Span);
