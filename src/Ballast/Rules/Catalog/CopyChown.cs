using System.Text.RegularExpressions;
using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>Builds BL116's fix: <c>--chown</c> on the COPY and the <c>chown -R</c> taken out
/// of the RUN, only when the result owns exactly the same files the same way.</summary>
internal static partial class CopyChown
{
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*(:[A-Za-z0-9_][A-Za-z0-9_.-]*)?$")]
    private static partial Regex OwnerPattern();

    public static Fix? Fix(
        string source,
        Stage stage,
        RunInstruction run,
        int runIndex,
        PermissionCommand change,
        (CopyInstruction Copy, string Target, int Index) match,
        List<(CopyInstruction Copy, string Target, int Index)> copies)
    {
        if (!Safe(stage, runIndex, change, match, copies) || change.Setting?.Value is not
            { } owner || run.Script is not { } script || run.Syntax.Heredocs.Count > 0)
        {
            return null;
        }

        var removal = Removal(source, run, script.Text, change.Command.Span);
        if (removal is null)
        {
            return null;
        }

        var keywordEnd = match.Copy.Syntax.KeywordSpan.End;
        var flag = new Edit(new TextSpan(keywordEnd, 0), $" --chown={owner}");
        return new Fix($"Copy with --chown={owner} and drop the later chown -R.", [flag, removal]);
    }

    // Safe when the chown is a plain, unconditional `chown -R owner destination` of the only
    // COPY to that destination, and no RUN, COPY or ADD between them could add files it
    // would also have changed.
    private static bool Safe(
        Stage stage,
        int runIndex,
        PermissionCommand change,
        (CopyInstruction Copy, string Target, int Index) match,
        List<(CopyInstruction Copy, string Target, int Index)> copies)
    {
        var command = change.Command;
        var plain = change.Tool == PermissionTool.Chown
            && change.Setting?.Value is { } owner && OwnerPattern().IsMatch(owner)
            && change.Paths.Count == 1
            && ChangedAfterCopyRule.Normalize(change.Paths[0].Value) == match.Target
            && command.Arguments.Count == 3 && command.Arguments[0].Value is "-R"
            && command is { InSubshell: false, IsConditional: false, IsWrapped: false }
            && command.Pipeline is null && command.Redirections.Count == 0
            && command.Assignments.Count == 0 && command.Name is { IsFromOuterWord: false };
        if (!plain || match.Copy.Syntax.Flag("chown") is not null)
        {
            return false;
        }

        var onlyCopy = copies.Count(entry => entry.Target == match.Target) == 1;
        var between = stage.Instructions.Skip(match.Index + 1).Take(runIndex - match.Index - 1);
        return onlyCopy && !between.Any(instruction => instruction is RunInstruction
            or CopyInstruction);
    }

    // Takes the command out with one of the && next to it; a RUN that is nothing but the
    // chown goes as a whole.
    private static Edit? Removal(string source, RunInstruction run, string text, TextSpan span)
    {
        var before = text[..span.Start];
        var after = text[span.End..];
        TextSpan? removed;
        if (before.Trim().Length == 0 && after.Trim().Length == 0)
        {
            return WholeInstruction(source, run);
        }

        if (before.Trim().Length == 0)
        {
            var rest = after.TrimStart();
            removed = rest.StartsWith("&&", StringComparison.Ordinal)
                ? run.Script!.SourceSpan(span.Start,
                    text.Length - rest[2..].TrimStart().Length)
                : null;
        }
        else
        {
            var head = before.TrimEnd();
            var tail = after.TrimStart();
            var joined = head.EndsWith("&&", StringComparison.Ordinal)
                && (tail.Length == 0 || tail.StartsWith("&&", StringComparison.Ordinal));
            removed = joined
                ? run.Script!.SourceSpan(head[..^2].TrimEnd().Length, span.End)
                : null;
        }

        // Deleting across a comment line inside the continuation would lose the comment.
        return removed is { } file && !source.AsSpan(file.Start, file.Length).Contains('#')
            ? new Edit(file, "")
            : null;
    }

    private static Edit WholeInstruction(string source, RunInstruction run)
    {
        var end = run.Span.End;
        if (end < source.Length && source[end] == '\r')
        {
            end++;
        }

        if (end < source.Length && source[end] == '\n')
        {
            end++;
        }

        return new Edit(TextSpan.FromBounds(run.Span.Start, end), "");
    }
}
