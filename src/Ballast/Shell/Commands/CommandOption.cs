namespace Ballast.Shell.Commands;

/// <summary>An option found on a command line, with its value when it takes one.</summary>
/// <param name="Name">The option as spelled, without an inline value: <c>-o</c>,
/// <c>--index-url</c>; one letter of a cluster such as <c>-qy</c> gives its own option.</param>
/// <param name="Word">The word the option was written in.</param>
/// <param name="Value">The value, inline after <c>=</c> or the next word; null for a flag.
/// </param>
public sealed record CommandOption(string Name, ShellWord Word, ShellWord? Value);
