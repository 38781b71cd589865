namespace Ballast.Syntax.Dump;

/// <summary>A flag in the dump.</summary>
/// <param name="Name">The name without dashes.</param>
/// <param name="Value">The value, or null for a bare flag.</param>
public sealed record FlagDump(string Name, string? Value);
