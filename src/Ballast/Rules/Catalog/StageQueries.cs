using Ballast.Model;
using Ballast.Shell;

namespace Ballast.Rules.Catalog;

/// <summary>Queries the catalogue's rules share about stages and their instructions.</summary>
internal static class StageQueries
{
    /// <summary>Every parsed shell command of every RUN in <paramref name="stage"/>.</summary>
    public static IEnumerable<(RunInstruction Run, ShellCommand Command)> ShellCommands(
        this Stage stage)
    {
        foreach (var run in stage.OfType<RunInstruction>())
        {
            if (run.Commands is not { } script)
            {
                continue;
            }

            foreach (var command in script.Commands)
            {
                yield return (run, command);
            }
        }
    }

    /// <summary>The instructions of <paramref name="stage"/> named <paramref name="name"/>
    /// (upper case).</summary>
    public static IEnumerable<Instruction> Named(this Stage stage, string name) =>
        stage.Instructions.Where(instruction => instruction.Name == name);

    /// <summary>The stages whose files ship in the final image, or every reachable stage
    /// when <paramref name="finalOnly"/> is false.</summary>
    public static IEnumerable<Stage> Checked(this RuleContext context, bool finalOnly) =>
        finalOnly ? context.FinalImageStages() : context.Model.ReachableStages;

    /// <summary>The image word of a FROM (the first argument), or null.</summary>
    public static Syntax.WordSyntax? ImageWord(this Stage stage) =>
        stage.From.Arguments.Count > 0 ? stage.From.Arguments[0] : null;

    /// <summary>True when <paramref name="command"/> has one of
    /// <paramref name="longOptions"/>, or a letter of <paramref name="shortOptions"/> in a
    /// bundle of short ones.</summary>
    public static bool HasOption(this ShellCommand command, string shortOptions,
        params string[] longOptions)
    {
        foreach (var word in command.Arguments)
        {
            if (word.Value is not { } value || !word.IsOption)
            {
                continue;
            }

            if (longOptions.Any(option => value == option || value.StartsWith(option + "=",
                StringComparison.Ordinal)))
            {
                return true;
            }

            if (!value.StartsWith("--", StringComparison.Ordinal)
                && value.Skip(1).Any(letter => shortOptions.Contains(letter)))
            {
                return true;
            }
        }

        return false;
    }
}
