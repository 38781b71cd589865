using Ballast.Text;

namespace Ballast.Shell;

/// <summary>A problem found while reading a script, such as an unclosed quote.</summary>
/// <param name="Message">One sentence for the user.</param>
/// <param name="Span">Where the problem is in the parsed string.</param>
public sealed record ShellDiagnostic(string Message, TextSpan Span);
