using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>A heredoc of a RUN, COPY or ADD instruction.</summary>
/// <param name="Name">The delimiter after quote removal.</param>
/// <param name="Chomp">True for <c>&lt;&lt;-</c>: leading tabs are removed when used.</param>
/// <param name="Expand">False when any part of the delimiter was quoted.</param>
/// <param name="FileDescriptor">The descriptor written before <c>&lt;&lt;</c>, if any.</param>
/// <param name="MarkerSpan">The <c>&lt;&lt;EOF</c> word in the instruction line.</param>
/// <param name="Body">The body lines as written, line breaks included.</param>
/// <param name="BodySpan">Where the body is in the file.</param>
/// <param name="TerminatorSpan">The terminator line; empty when the heredoc is
/// unterminated.</param>
public sealed record HeredocSyntax(
    string Name,
    bool Chomp,
    bool Expand,
    int? FileDescriptor,
    TextSpan MarkerSpan,
    string Body,
    TextSpan BodySpan,
    TextSpan TerminatorSpan);
