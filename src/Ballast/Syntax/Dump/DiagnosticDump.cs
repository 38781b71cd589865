namespace Ballast.Syntax.Dump;

/// <summary>A diagnostic in the dump.</summary>
/// <param name="Code">The code: <c>BL000</c> for errors, or a check name.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Error">True when BuildKit would refuse the file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Column">The 1-based column.</param>
public sealed record DiagnosticDump(string Code, string Message, bool Error, int Line, int Column);
