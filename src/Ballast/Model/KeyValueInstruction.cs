using Ballast.Syntax;

namespace Ballast.Model;

/// <summary>An ENV, LABEL or ARG: its names and values in either form.</summary>
public sealed class KeyValueInstruction : Instruction
{
    internal KeyValueInstruction(
        InstructionSyntax syntax,
        BuildEnvironment environment,
        IReadOnlyList<KeyValue> pairs,
        bool legacyForm)
        : base(syntax, environment)
    {
        Pairs = pairs;
        IsLegacyForm = legacyForm;
    }

    /// <summary>The names with their expanded values (null for an ARG without default).</summary>
    public IReadOnlyList<KeyValue> Pairs { get; }

    /// <summary>True for the legacy <c>ENV KEY value</c> form.</summary>
    public bool IsLegacyForm { get; }
}
