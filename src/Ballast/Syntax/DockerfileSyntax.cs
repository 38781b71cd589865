using System.Text;
using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>
/// The lossless tree of one Dockerfile: directives, instructions and every other character
/// as tokens, plus the diagnostics found while parsing. <see cref="ToFullString"/> gives back
/// the input exactly, for every input.
/// </summary>
public sealed class DockerfileSyntax
{
    internal DockerfileSyntax(
        SourceText source,
        char escape,
        IReadOnlyList<DirectiveSyntax> directives,
        IReadOnlyList<InstructionSyntax> instructions,
        IReadOnlyList<SyntaxToken> tokens,
        IReadOnlyList<SyntaxDiagnostic> diagnostics)
    {
        Source = source;
        Escape = escape;
        Directives = directives;
        Instructions = instructions;
        Tokens = tokens;
        Diagnostics = diagnostics;
    }

    /// <summary>The text that was parsed.</summary>
    public SourceText Source { get; }

    /// <summary>The escape character: a backslash, or a backtick when the directive says.</summary>
    public char Escape { get; }

    /// <summary>The parser directives at the top of the file.</summary>
    public IReadOnlyList<DirectiveSyntax> Directives { get; }

    /// <summary>The instructions in file order.</summary>
    public IReadOnlyList<InstructionSyntax> Instructions { get; }

    /// <summary>Every token of the file in order; together they cover it exactly.</summary>
    public IReadOnlyList<SyntaxToken> Tokens { get; }

    /// <summary>Syntax errors and parse-time warnings.</summary>
    public IReadOnlyList<SyntaxDiagnostic> Diagnostics { get; }

    /// <summary>True when any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>The value of directive <paramref name="key"/>, or null.</summary>
    public string? Directive(string key) =>
        Directives.FirstOrDefault(directive => directive.Key == key)?.Value;

    /// <summary>Prints the tree: the concatenation of every token's text.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Source.Text.Length);
        foreach (var token in Tokens)
        {
            builder.Append(token.AsSpan());
        }

        return builder.ToString();
    }
}
