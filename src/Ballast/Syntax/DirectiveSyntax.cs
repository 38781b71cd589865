using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>A parser directive at the top of the file: <c># key=value</c>.</summary>
/// <param name="Key">The key in lower case: <c>syntax</c>, <c>escape</c> or <c>check</c>.</param>
/// <param name="Value">The value with trailing blanks removed.</param>
/// <param name="Span">The directive line without its line break.</param>
public sealed record DirectiveSyntax(string Key, string Value, TextSpan Span);
