using System.Collections;

namespace Ballast.Syntax;

/// <summary>A range of the parser's stored tokens, seen as <see cref="SyntaxToken"/>s made
/// when read. The whole file and each instruction are ranges of one store, so an
/// instruction's tokens are not copied into the file's list.</summary>
internal sealed class TokenList(string source, List<TokenEntry> store, int start, int count)
    : IReadOnlyList<SyntaxToken>
{
    /// <inheritdoc />
    public int Count => count;

    /// <inheritdoc />
    public SyntaxToken this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
            var entry = store[start + index];
            return new SyntaxToken(entry.Kind, entry.Span, source);
        }
    }

    /// <inheritdoc />
    public IEnumerator<SyntaxToken> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
