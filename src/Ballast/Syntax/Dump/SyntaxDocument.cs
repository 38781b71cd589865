namespace Ballast.Syntax.Dump;

/// <summary>The JSON shape of <c>ballast syntax FILE --format json</c> (docs/syntax.md).
/// </summary>
/// <param name="File">The path the text was read from.</param>
/// <param name="Escape">The escape character in force.</param>
/// <param name="Directives">The parser directives.</param>
/// <param name="Instructions">The instructions in file order.</param>
/// <param name="Diagnostics">Syntax errors and parse-time warnings.</param>
public sealed record SyntaxDocument(
    string File,
    string Escape,
    IReadOnlyList<DirectiveDump> Directives,
    IReadOnlyList<InstructionDump> Instructions,
    IReadOnlyList<DiagnosticDump> Diagnostics);
