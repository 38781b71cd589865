using Ballast.Syntax;

namespace Ballast.Rewrite.Restage;

/// <summary>Reads an instruction's original text and the comment lines right above it, so a
/// rewrite can move both without reformatting them.</summary>
public sealed class InstructionSource(DockerfileSyntax syntax)
{
    /// <summary>The instruction exactly as written, continuation lines included.</summary>
    public string Text(InstructionSyntax instruction) =>
        syntax.Source.Text.Substring(instruction.Span.Start, instruction.Span.Length);

    /// <summary>The instruction's flags (<c>--mount=...</c>) as written, separated by spaces.
    /// </summary>
    public string Flags(InstructionSyntax instruction) => string.Join(' ',
        instruction.Flags.Select(
            flag => syntax.Source.Text.Substring(flag.Span.Start, flag.Span.Length)));

    /// <summary>The comment lines directly above <paramref name="instruction"/> (blank lines
    /// between them allowed), without their line breaks, top to bottom.</summary>
    public IReadOnlyList<string> Comments(InstructionSyntax instruction)
    {
        var comments = new List<string>();
        var tokens = syntax.Tokens;
        var index = IndexAt(tokens, instruction.Span.Start);
        for (var i = index - 1; i >= 0; i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Comment)
            {
                comments.Insert(0, token.Text.Trim());
                continue;
            }

            if (token.Kind is TokenKind.LineBreak or TokenKind.Whitespace)
            {
                continue;
            }

            break;
        }

        return comments;
    }

    private static int IndexAt(IReadOnlyList<SyntaxToken> tokens, int offset)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Span.Start >= offset)
            {
                return i;
            }
        }

        return tokens.Count;
    }

    /// <summary>True when a blank line separates <paramref name="instruction"/> (and its
    /// comments) from what comes before it.</summary>
    public bool FollowsBlankLine(InstructionSyntax instruction)
    {
        var tokens = syntax.Tokens;
        var index = IndexAt(tokens, instruction.Span.Start);
        var breaks = 0;
        for (var i = index - 1; i >= 0; i--)
        {
            switch (tokens[i].Kind)
            {
                case TokenKind.LineBreak:
                    if (++breaks >= 2)
                    {
                        return true;
                    }

                    break;
                case TokenKind.Whitespace:
                    break;
                case TokenKind.Comment:
                    breaks = 0;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }
}
