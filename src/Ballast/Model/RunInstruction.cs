using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Model;

/// <summary>A RUN: its mounts, network and security modes, and the script it runs.</summary>
public sealed class RunInstruction : Instruction
{
    internal RunInstruction(
        InstructionSyntax syntax,
        BuildEnvironment environment,
        string source,
        IReadOnlyList<string> shell)
        : base(syntax, environment)
    {
        ShellCommand = shell;
        Mounts = syntax.Flags
            .Where(flag => flag.Name == "mount" && flag.Value is not null)
            .Select(flag => RunMount.Parse(flag.Value!, flag.Span))
            .ToList();
        Network = syntax.Flag("network")?.Value;
        Script = BuildScript(syntax, source);
        commands = new Lazy<ShellScript?>(ParseCommands);
        packageCommands = new Lazy<IReadOnlyList<PackageCommand>>(() =>
            Commands?.Commands.Select(PackageCommandReader.Read).OfType<PackageCommand>().ToList()
            ?? []);
        leftCaches = new Lazy<IReadOnlyList<LeftCache>>(() =>
            Commands is { } script ? CacheAnalysis.Find(script, OutOfLayerTargets) : []);
    }

    private readonly Lazy<ShellScript?> commands;
    private readonly Lazy<IReadOnlyList<PackageCommand>> packageCommands;
    private readonly Lazy<IReadOnlyList<LeftCache>> leftCaches;

    /// <summary>The package-manager commands of the script, read once and shared by every
    /// rule.</summary>
    public IReadOnlyList<PackageCommand> PackageCommands => packageCommands.Value;

    /// <summary>The caches the script leaves in the layer, analysed once: cache and tmpfs
    /// mounts keep what lies under them out of the layer.</summary>
    public IReadOnlyList<LeftCache> LeftCaches => leftCaches.Value;

    /// <summary>The targets of cache and tmpfs mounts, whose contents never reach the layer.
    /// </summary>
    public IReadOnlyList<string> OutOfLayerTargets =>
        Mounts.Where(mount => mount.Type is "cache" or "tmpfs" && mount.Target is not null)
            .Select(mount => mount.Target!)
            .ToList();

    private ShellScript? ParseCommands()
    {
        if (Script is null || !IsPosixShell(ShellCommand))
        {
            return null;
        }

        return ShellParser.Parse(Script.Text);
    }

    private static bool IsPosixShell(IReadOnlyList<string> shell)
    {
        var program = shell.Count > 0 ? Path.GetFileName(shell[0]) : "sh";
        return program is "sh" or "bash" or "ash" or "dash" or "zsh" or "ksh" or "busybox";
    }

    /// <summary>The SHELL in effect for this RUN.</summary>
    public IReadOnlyList<string> ShellCommand { get; }

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

    /// <summary>
    /// The script parsed as shell commands, or null when it is not a POSIX shell script (the
    /// exec form, or a SHELL such as PowerShell or cmd, which Ballast treats as opaque).
    /// Word spans are offsets in <see cref="Script"/>; <see cref="SourceSpan"/> maps them.
    /// </summary>
    public ShellScript? Commands => commands.Value;

    /// <summary>Maps a span of <see cref="Script"/> to the file.</summary>
    public TextSpan SourceSpan(TextSpan scriptSpan) =>
        Script?.SourceSpan(scriptSpan.Start, scriptSpan.End) ?? Span;

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

        var lineEnd = rest.Length == 0
            ? syntax.KeywordSpan.End
            : rest.SourceSpan(0, rest.Length).End;
        var tail = MappedText.Contiguous(source, Ballast.Text.TextSpan.FromBounds(lineEnd, end));
        return rest.Concat(tail);
    }
}
