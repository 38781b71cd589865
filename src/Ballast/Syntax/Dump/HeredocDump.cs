namespace Ballast.Syntax.Dump;

/// <summary>A heredoc in the dump.</summary>
/// <param name="Name">The delimiter after quote removal.</param>
/// <param name="Chomp">True for <c>&lt;&lt;-</c>.</param>
/// <param name="Expand">False when the delimiter was quoted.</param>
/// <param name="Body">The body as written.</param>
public sealed record HeredocDump(string Name, bool Chomp, bool Expand, string Body);
