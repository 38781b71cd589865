using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// One instruction as BuildKit's parser sees it: the word, its flags, its arguments split
/// the way that instruction splits them, heredocs, and every token of its text.
/// </summary>
public sealed class InstructionSyntax
{
    internal InstructionSyntax(
        string keyword,
        TextSpan keywordSpan,
        IReadOnlyList<FlagSyntax> flags,
        MappedText rest,
        IReadOnlyList<WordSyntax> arguments,
        IReadOnlyList<string>? jsonArguments,
        IReadOnlyList<HeredocSyntax> heredocs,
        InstructionSyntax? trigger)
    {
        Keyword = keyword;
        Name = keyword.ToUpperInvariant();
        KeywordSpan = keywordSpan;
        Flags = flags;
        Rest = rest;
        Arguments = arguments;
        JsonArguments = jsonArguments;
        Heredocs = heredocs;
        Trigger = trigger;
    }

    /// <summary>The instruction word as written (<c>run</c>, <c>Run</c>...).</summary>
    public string Keyword { get; }

    /// <summary>The instruction word in upper case.</summary>
    public string Name { get; }

    /// <summary>Where the instruction word is.</summary>
    public TextSpan KeywordSpan { get; }

    /// <summary>The leading <c>--flag</c> words.</summary>
    public IReadOnlyList<FlagSyntax> Flags { get; }

    /// <summary>The logical text after the flags, continuation lines joined.</summary>
    public MappedText Rest { get; }

    /// <summary>The arguments split the way this instruction splits them.</summary>
    public IReadOnlyList<WordSyntax> Arguments { get; }

    /// <summary>The strings of the JSON (exec) form, or null for the shell form.</summary>
    public IReadOnlyList<string>? JsonArguments { get; }

    /// <summary>True when the arguments are in JSON (exec) form.</summary>
    public bool IsJsonForm => JsonArguments is not null;

    /// <summary>The heredocs, in the order their markers appear.</summary>
    public IReadOnlyList<HeredocSyntax> Heredocs { get; }

    /// <summary>For ONBUILD, the instruction it wraps.</summary>
    public InstructionSyntax? Trigger { get; }

    /// <summary>The whole instruction, from its word to the end of its last line or heredoc
    /// terminator, without the final line break. Set by the parser.</summary>
    public TextSpan Span { get; internal set; }

    /// <summary>The comments right above the instruction (text after <c>#</c>, trimmed).</summary>
    public IReadOnlyList<string> LeadingComments { get; internal set; } = [];

    /// <summary>The tokens of the instruction, covering <see cref="Span"/> exactly.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; internal set; } = [];

    /// <summary>The value of the first flag named <paramref name="name"/>, or null.</summary>
    public FlagSyntax? Flag(string name) =>
        Flags.FirstOrDefault(flag => flag.Name == name);
}
