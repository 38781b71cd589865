using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>A COPY or ADD: sources, destination, and the flags that change what lands.</summary>
public sealed class CopyInstruction : Instruction
{
    internal CopyInstruction(InstructionSyntax syntax, BuildEnvironment environment)
        : base(syntax, environment)
    {
        var words = syntax.IsJsonForm
            ? syntax.JsonArguments!.Select(value => new WordSyntax(value, syntax.Rest.SourceSpan(
                0, syntax.Rest.Length))).ToList()
            : syntax.Arguments.ToList();
        Sources = words.Count > 1 ? words[..^1] : [];
        Destination = words.Count > 1 ? words[^1] : null;
        From = syntax.Flag("from")?.Value;
    }

    /// <summary>True for ADD.</summary>
    public bool IsAdd => Name == "ADD";

    /// <summary>The source words as written.</summary>
    public IReadOnlyList<WordSyntax> Sources { get; }

    /// <summary>The destination word, or null when missing.</summary>
    public WordSyntax? Destination { get; }

    /// <summary>The <c>--from</c> value as written, or null for the build context.</summary>
    public string? From { get; }

    /// <summary>The stage <c>--from</c> names, once resolved by the model.</summary>
    public Stage? FromStage { get; internal set; }

    /// <summary>True when the sources come from the build context (no <c>--from</c> and no
    /// heredoc).</summary>
    public bool FromContext => From is null;

    /// <summary>True when a source is the whole context: <c>.</c>, <c>./</c>, <c>*</c>.</summary>
    public bool CopiesWholeContext => FromContext
        && Sources.Any(source => source.Text is "." or "./" or "*" or "./*");

    /// <summary>The destination after expansion, or null.</summary>
    public string? ExpandedDestination =>
        Destination is null ? null : Expand(Destination.Text);
}
