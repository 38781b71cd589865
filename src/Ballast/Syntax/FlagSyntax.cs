using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>A <c>--name[=value]</c> flag of an instruction.</summary>
/// <param name="Name">The name without dashes, case as written.</param>
/// <param name="Value">The value after quote removal; null when there is no <c>=</c>.</param>
/// <param name="Span">The whole flag word in the file.</param>
public sealed record FlagSyntax(string Name, string? Value, TextSpan Span);
