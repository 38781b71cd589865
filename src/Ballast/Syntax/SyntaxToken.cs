using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>One piece of the file. The tokens of a tree cover every character exactly
/// once, in order, so concatenating their texts gives back the file.</summary>
public sealed record SyntaxToken
{
    // The token keeps the file's text and cuts its own piece only when asked: most tokens
    // are never read as strings, and a substring per token was most of the parser's
    // allocation.
    private readonly string source;
    private string? text;

    internal SyntaxToken(TokenKind kind, TextSpan span, string source)
    {
        Kind = kind;
        Span = span;
        this.source = source;
    }

    /// <summary>What the token is.</summary>
    public TokenKind Kind { get; }

    /// <summary>Where the token is in the file.</summary>
    public TextSpan Span { get; }

    /// <summary>The token's text, exactly as in the file.</summary>
    public string Text => text ??= source.Substring(Span.Start, Span.Length);

    /// <summary>The token's text without copying it.</summary>
    public ReadOnlySpan<char> AsSpan() => source.AsSpan(Span.Start, Span.Length);

    /// <summary>True for tokens that carry no meaning for the build: blanks, line breaks,
    /// continuations and comments.</summary>
    public bool IsTrivia => Kind is TokenKind.Whitespace or TokenKind.LineBreak
        or TokenKind.LineContinuation or TokenKind.Comment or TokenKind.ByteOrderMark;

    /// <summary>Tokens are equal when they have the same kind, span and text.</summary>
    public bool Equals(SyntaxToken? other) =>
        other is not null && Kind == other.Kind && Span == other.Span
        && AsSpan().SequenceEqual(other.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Span);
}
