using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL301: a download piped straight into a shell runs whatever the server sends,
/// with no chance to check it first.</summary>
public sealed class PipeToShellRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL301",
        "download piped into a shell without verification",
        Category.Security,
        Severity.Warning,
        "curl or wget piped into sh runs a script nobody checked; download it to a file, "
        + "verify its checksum or signature, then run it.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var (run, script, command) in ShellCommands.In(context.Model.ReachableStages))
        {
            if (FileCommandReader.ReadDownload(command, script) is not { PipedToShell: true })
            {
                continue;
            }

            yield return context.Report(Descriptor,
                $"{command.ProgramName} output is piped into a shell unverified; save it to a "
                + "file, check it with sha256sum -c against a known digest, then run it.",
                run.SourceSpan(command.Span));
        }
    }
}
