using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>A RUN: its mounts, network and security modes, and the script it runs.</summary>
public sealed class RunInstruction : Instruction
{
    internal RunInstruction(InstructionSyntax syntax, BuildEnvironment environment, string source)
        : base(syntax, environment)
    {
        Mounts = syntax.Flags
            .Where(flag => flag.Name == "mount" && flag.Value is not null)
            .Select(flag => RunMount.Parse(flag.Value!, flag.Span))
            .ToList();
        Network = syntax.Flag("network")?.Value;
        Script = BuildScript(syntax, source);
    }

    /// <summary>The <c>--mount</c> flags, parsed.</summary>
    public IReadOnlyList<RunMount> Mounts { get; }

    /// <summary>The <c>--network</c> mode, or null.</summary>
    public string? Network { get; }

    /// <summary>True for the JSON (exec) form, which runs no shell.</summary>
    public bool IsExecForm => Syntax.IsJsonForm;

    /// <summary>
    /// The shell script as the shell receives it, mapped back to the file: the logical line
    /// followed by the heredoc bodies and terminators, or the body alone when the command is
    /// only a heredoc marker. Null for the exec form.
    /// </summary>
    public MappedText? Script { get; }

    /// <summary>The targets of the cache mounts, which keep caches out of the layer.</summary>
    public IEnumerable<string> CacheMountTargets =>
        Mounts.Where(mount => mount.Type == "cache" && mount.Target is not null)
            .Select(mount => mount.Target!);

    private static MappedText? BuildScript(InstructionSyntax syntax, string source)
    {
        if (syntax.IsJsonForm)
        {
            return null;
        }

        var rest = syntax.Rest;
        var heredocs = syntax.Heredocs;
        if (heredocs.Count == 0)
        {
            return rest;
        }

        var onlyMarker = heredocs.Count == 1
            && rest.Text.Trim().Length == heredocs[0].MarkerSpan.Length;
        if (onlyMarker)
        {
            return MappedText.Contiguous(source, heredocs[0].BodySpan);
        }

        var end = heredocs[^1].TerminatorSpan.End;
        if (end <= rest.SourceOffset(rest.Length))
        {
            end = heredocs[^1].BodySpan.End;
        }

        var lineEnd = rest.Length == 0 ? syntax.KeywordSpan.End : rest.SourceSpan(0, rest.Length).End;
        var tail = MappedText.Contiguous(source, Ballast.Text.TextSpan.FromBounds(lineEnd, end));
        return rest.Concat(tail);
    }
}
