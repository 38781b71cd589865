using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>A CMD, ENTRYPOINT or HEALTHCHECK: the command in exec or shell form.</summary>
public sealed class CommandInstruction : Instruction
{
    internal CommandInstruction(InstructionSyntax syntax, BuildEnvironment environment)
        : base(syntax, environment)
    {
    }

    /// <summary>True for the JSON (exec) form.</summary>
    public bool IsExecForm => Syntax.IsJsonForm;

    /// <summary>The exec-form arguments, or the shell-form text as one element.</summary>
    public IReadOnlyList<string> Command => Syntax.JsonArguments
        ?? (Name == "HEALTHCHECK"
            ? Syntax.Arguments.Skip(1).Select(word => word.Text).ToList()
            : Syntax.Arguments.Select(word => word.Text).ToList());
}
