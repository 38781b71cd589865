using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>Builds fixes that add a command at the end of a RUN script, where it runs after
/// everything the script installs.</summary>
internal static class ScriptEnd
{
    /// <summary>A fix appending <c> &amp;&amp; <paramref name="command"/></c> after the last
    /// command of a plain shell-form RUN; null for heredoc scripts, or scripts that end in an
    /// operator or a continuation, where an appended command would change the meaning.</summary>
    public static Fix? Append(RunInstruction run, string command, string description)
    {
        if (run.Script is not { } script || run.Syntax.Heredocs.Count > 0)
        {
            return null;
        }

        var end = script.Text.Length;
        while (end > 0 && char.IsWhiteSpace(script.Text[end - 1]))
        {
            end--;
        }

        if (end == 0 || script.Text[end - 1] is '&' or ';' or '|' or '\\')
        {
            return null;
        }

        var offset = script.SourceSpan(end - 1, end).End;
        return new Fix(description, [new Edit(new TextSpan(offset, 0), $" && {command}")]);
    }
}
