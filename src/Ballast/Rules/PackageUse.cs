using Ballast.Model;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules;

/// <summary>A package-manager command inside a RUN, with the file spans rules report at.</summary>
/// <param name="Run">The RUN instruction.</param>
/// <param name="Command">The package command as the shell model reads it.</param>
public sealed record PackageUse(RunInstruction Run, PackageCommand Command)
{
    /// <summary>The whole command in the file.</summary>
    public TextSpan Span => Run.SourceSpan(Command.Command.Span);

    /// <summary>The span of the program word and its subcommand, such as
    /// <c>apt-get install</c>.</summary>
    public TextSpan HeadSpan
    {
        get
        {
            var name = Command.Command.Name;
            if (name is null)
            {
                return Span;
            }

            var last = Command.Subcommand.Count > 0 ? Command.Subcommand[^1].Span : name.Span;
            return Run.SourceSpan(
                TextSpan.FromBounds(name.Span.Start, Math.Max(name.Span.End, last.End)));
        }
    }

    /// <summary>The file span of a word of the command.</summary>
    public TextSpan SpanOf(Ballast.Shell.ShellWord word) => Run.SourceSpan(word.Span);

    /// <summary>The file offset where a new option can be inserted, or null when the command
    /// came through a wrapper whose text cannot be edited in place.</summary>
    public int? InsertionOffset =>
        Command.InsertionPoint is { } point
        && Command.Command.Name is { IsFromOuterWord: false }
            ? Run.SourceSpan(new TextSpan(point, 0)).Start
            : null;
}
