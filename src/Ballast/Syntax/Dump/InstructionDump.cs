namespace Ballast.Syntax.Dump;

/// <summary>One instruction in the dump.</summary>
/// <param name="Name">The instruction word as written.</param>
/// <param name="Flags">The flags, in order.</param>
/// <param name="Arguments">The arguments as BuildKit splits them (the JSON strings for the
/// exec form).</param>
/// <param name="JsonForm">True for the JSON (exec) form.</param>
/// <param name="Heredocs">The heredocs with their bodies.</param>
/// <param name="StartLine">The 1-based first line.</param>
/// <param name="EndLine">The 1-based last line, heredoc terminators included.</param>
/// <param name="Trigger">For ONBUILD, the wrapped instruction.</param>
public sealed record InstructionDump(
    string Name,
    IReadOnlyList<FlagDump> Flags,
    IReadOnlyList<string> Arguments,
    bool JsonForm,
    IReadOnlyList<HeredocDump> Heredocs,
    int StartLine,
    int EndLine,
    InstructionDump? Trigger);
