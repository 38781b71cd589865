using Ballast.Model;

namespace Ballast.Rewrite.Restage;

/// <summary>The words of a CMD or ENTRYPOINT as the recipes compare them.</summary>
internal static class CommandWords
{
    /// <summary>Exec form as written; shell form split at spaces, with a leading
    /// <c>exec</c> dropped.</summary>
    public static List<string> Of(CommandInstruction command)
    {
        var words = command.Command.SelectMany(word => command.IsExecForm
            ? [word]
            : word.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        return words.Count > 0 && words[0] == "exec" && !command.IsExecForm ? words[1..] : words;
    }
}
