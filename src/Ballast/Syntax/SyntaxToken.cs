using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>One piece of the file. The tokens of a tree cover every character exactly
/// once, in order, so concatenating their texts gives back the file.</summary>
public sealed record SyntaxToken(TokenKind Kind, TextSpan Span, string Text)
{
    /// <summary>True for tokens that carry no meaning for the build: blanks, line breaks,
    /// continuations and comments.</summary>
    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.LineBreak
        or TokenKind.LineContinuation or TokenKind.Comment or TokenKind.ByteOrderMark;
}
