using Ballast.Text;

namespace Ballast.Shell;

/// <summary>A <c>NAME=value</c> word in front of a command, or given to <c>env</c>.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Value">The part after <c>=</c> as a word of its own.</param>
/// <param name="Span">The whole assignment word.</param>
public sealed record ShellAssignment(string Name, ShellWord Value, TextSpan Span);
