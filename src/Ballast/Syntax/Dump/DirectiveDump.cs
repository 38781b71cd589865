namespace Ballast.Syntax.Dump;

/// <summary>A parser directive in the dump.</summary>
/// <param name="Key">The key in lower case.</param>
/// <param name="Value">The value.</param>
/// <param name="Line">Its 1-based line.</param>
public sealed record DirectiveDump(string Key, string Value, int Line);
