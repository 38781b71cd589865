using Ballast.Model;
using Ballast.Syntax;

namespace Ballast.Rules;

/// <summary>
/// The build checks a Dockerfile turns off: the <c># check=skip=A,B</c> parser directive
/// for the whole file (<c>skip=all</c> turns them all off), and a <c># check=skip=...</c>
/// comment right above one instruction for that instruction alone.
/// </summary>
public sealed class CheckDirective
{
    private readonly IReadOnlySet<string> fileSkips;
    private readonly IReadOnlyList<(InstructionSyntax Instruction, IReadOnlySet<string> Skips)>
        instructionSkips;

    private CheckDirective(
        IReadOnlySet<string> fileSkips,
        IReadOnlyList<(InstructionSyntax, IReadOnlySet<string>)> instructionSkips)
    {
        this.fileSkips = fileSkips;
        this.instructionSkips = instructionSkips;
    }

    /// <summary>Reads the directive and comments of <paramref name="model"/>.</summary>
    public static CheckDirective Read(DockerfileModel model)
    {
        var file = ParseSkips(model.Syntax.Directive("check"));
        var perInstruction = model.Syntax.Instructions
            .Select(instruction => (instruction, Skips: CommentSkips(instruction)))
            .Where(pair => pair.Skips.Count > 0)
            .ToList();
        return new CheckDirective(file, perInstruction);
    }

    /// <summary>True when <paramref name="finding"/> of <paramref name="rule"/> is turned
    /// off. Only build checks can be skipped this way.</summary>
    public bool Skips(Rule rule, Finding finding)
    {
        if (rule is not BuildCheckRule check)
        {
            return false;
        }

        if (Names(fileSkips, check))
        {
            return true;
        }

        var start = finding.Location.Span.Start;
        return instructionSkips.Any(pair => pair.Instruction.Span.Start <= start
            && start <= pair.Instruction.Span.End && Names(pair.Skips, check));
    }

    /// <summary>The check names in a <c>skip=...</c> value such as
    /// <c>skip=JSONArgsRecommended,StageNameCasing;error=true</c>.</summary>
    public static IReadOnlySet<string> ParseSkips(string? value)
    {
        var skips = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (value ?? "").Split(';'))
        {
            var pair = part.Split('=', 2);
            var isSkip = pair.Length == 2
                && pair[0].Trim().Equals("skip", StringComparison.OrdinalIgnoreCase);
            if (isSkip)
            {
                skips.UnionWith(pair[1].Split(',').Select(name => name.Trim())
                    .Where(name => name.Length > 0));
            }
        }

        return skips;
    }

    private static IReadOnlySet<string> CommentSkips(InstructionSyntax instruction)
    {
        var skips = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var comment in instruction.LeadingComments)
        {
            var text = comment.Replace(" ", "", StringComparison.Ordinal);
            if (text.StartsWith("check=", StringComparison.OrdinalIgnoreCase))
            {
                skips.UnionWith(ParseSkips(text["check=".Length..]));
            }
        }

        return skips;
    }

    private static bool Names(IReadOnlySet<string> skips, BuildCheckRule check) =>
        skips.Contains("all") || skips.Contains(check.CheckName)
        || skips.Contains(check.Descriptor.Id);
}
