using Ballast.Text;

namespace Ballast.Shell;

/// <summary>
/// One word of a shell command as the shell sees it after tokenizing: the source text and,
/// when it can be known without running anything, its value after quote removal.
/// </summary>
/// <param name="Span">Where the word is in the parsed string.</param>
/// <param name="Raw">The source text of the word, quotes and escapes included.</param>
/// <param name="Value">
/// The word after quote removal, or null when it holds a parameter, command or arithmetic
/// expansion whose value is unknown. Globs, braces and a leading <c>~</c> are kept as
/// written because their expansion depends on the file system or the user.
/// </param>
/// <param name="HasExpansion">True when the word holds <c>$</c> or backtick expansions.
/// </param>
/// <param name="IsFromOuterWord">
/// True when the word comes from a <c>sh -c</c> argument whose text could not be mapped
/// character by character (escapes or double quotes changed it); <see cref="Span"/> then
/// covers the whole outer argument and <see cref="Raw"/> is the text the inner shell reads.
/// </param>
public sealed record ShellWord(
    TextSpan Span,
    string Raw,
    string? Value,
    bool HasExpansion,
    bool IsFromOuterWord = false)
{
    /// <summary>True when the value is known and equals <paramref name="text"/>.</summary>
    public bool Is(string text) => string.Equals(Value, text, StringComparison.Ordinal);

    /// <summary>True when the value is known and starts with <c>-</c>.</summary>
    public bool IsOption => Value is { Length: > 1 } value && value[0] == '-';

    /// <inheritdoc />
    public override string ToString() => Raw;
}
