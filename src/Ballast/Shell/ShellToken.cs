using Ballast.Text;

namespace Ballast.Shell;

/// <summary>A token of a script; words carry their parsed form and substitutions.</summary>
internal sealed class ShellToken
{
    public required ShellTokenKind Kind { get; init; }

    /// <summary>The span reported to users; the outer word's span inside a re-read
    /// <c>sh -c</c> string.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The offsets of the token in the lexed string itself.</summary>
    public required TextSpan Range { get; init; }

    /// <summary>The operator text, the digits of an IO number, or the word's raw text.</summary>
    public required string Text { get; init; }

    public ShellWord? Word { get; init; }

    /// <summary>The inner ranges of <c>$( )</c> and backtick substitutions in the word.
    /// </summary>
    public IReadOnlyList<TextSpan> Substitutions { get; init; } = [];

    /// <summary>Set on a here-document delimiter once its body has been read.</summary>
    public TextSpan? HeredocBody { get; set; }

    /// <summary>
    /// The words an unquoted known expansion splits this word into, all with the word's
    /// span; null when the word stays one word.
    /// </summary>
    public IReadOnlyList<ShellWord>? Fields { get; set; }

    public bool IsWord(string raw) => Kind == ShellTokenKind.Word && Text == raw;

    public bool IsOperator(string text) => Kind == ShellTokenKind.Operator && Text == text;
}
