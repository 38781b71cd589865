using Ballast.Syntax;
using Ballast.Text;

namespace Ballast.Model;

/// <summary>An instruction of a stage, typed by the model. Every instruction knows its
/// syntax, its stage, and the variables in effect just before it.</summary>
public class Instruction
{
    internal Instruction(InstructionSyntax syntax, BuildEnvironment environment)
    {
        Syntax = syntax;
        Environment = environment;
    }

    /// <summary>The instruction as parsed.</summary>
    public InstructionSyntax Syntax { get; }

    /// <summary>The upper-case instruction name.</summary>
    public string Name => Syntax.Name;

    /// <summary>The ARG and ENV values in effect before this instruction.</summary>
    public BuildEnvironment Environment { get; }

    /// <summary>The stage this instruction belongs to; set when the stage is built.</summary>
    public Stage Stage { get; internal set; } = null!;

    /// <summary>The whole instruction's span.</summary>
    public TextSpan Span => Syntax.Span;

    /// <summary>Expands <paramref name="word"/> in this instruction's environment.</summary>
    public string Expand(string word) =>
        Environment.Expander(Stage?.Escape ?? '\\').Expand(word).Value;
}
