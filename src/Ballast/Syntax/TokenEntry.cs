using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>A token as the parser stores it: a kind and a span, no references, so a tree of
/// hundreds of thousands of tokens costs the garbage collector nothing to scan.</summary>
internal readonly record struct TokenEntry(TokenKind Kind, TextSpan Span);
