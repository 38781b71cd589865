using Ballast.Syntax;

namespace Ballast.Configuration;

/// <summary>The suppressions a Dockerfile states in comments: <c># ballast ignore=BL103</c>
/// (and hadolint's <c># hadolint ignore=DL3008</c>) for the next instruction, and
/// <c># ballast global ignore=...</c> for the whole file.</summary>
public sealed class Pragmas
{
    private readonly Dictionary<int, HashSet<string>> byInstruction = [];
    private readonly List<InstructionSyntax> instructions;

    private Pragmas(DockerfileSyntax syntax)
    {
        instructions = [.. syntax.Instructions];
        foreach (var instruction in instructions)
        {
            var ids = instruction.LeadingComments.Select(Parse)
                .Where(pragma => pragma is { Global: false })
                .SelectMany(pragma => pragma!.Value.Ids);
            byInstruction[instruction.Span.Start] = new(ids, StringComparer.OrdinalIgnoreCase);
        }

        var globals = syntax.Tokens.Where(token => token.Kind == TokenKind.Comment)
            .Select(token => Parse(token.Text.TrimStart().TrimStart('#')))
            .Where(pragma => pragma is { Global: true })
            .SelectMany(pragma => pragma!.Value.Ids);
        Global = new HashSet<string>(globals, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Rule ids ignored for the whole file.</summary>
    public IReadOnlySet<string> Global { get; }

    /// <summary>Reads the pragmas of <paramref name="syntax"/>.</summary>
    public static Pragmas Read(DockerfileSyntax syntax) => new(syntax);

    /// <summary>True when a pragma silences <paramref name="ruleId"/> at
    /// <paramref name="offset"/>.</summary>
    public bool Suppresses(string ruleId, int offset)
    {
        if (Global.Contains(ruleId))
        {
            return true;
        }

        var instruction = instructions.LastOrDefault(candidate => candidate.Span.Start <= offset);
        return instruction is not null && offset <= instruction.Span.End
            && byInstruction[instruction.Span.Start].Contains(ruleId);
    }

    private static (bool Global, IEnumerable<string> Ids)? Parse(string comment)
    {
        var words = comment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words[0] is not ("ballast" or "hadolint"))
        {
            return null;
        }

        var global = words[1] == "global";
        // Teams write "ignore=DL3008, DL3015" with a space too; the rest of the line is ids.
        var rest = string.Concat(words.Skip(global ? 2 : 1));
        if (!rest.StartsWith("ignore=", StringComparison.Ordinal))
        {
            return null;
        }

        var codes = rest["ignore=".Length..].Split(',');
        return (global, HadolintCodes.Resolve(codes).ToList());
    }
}
