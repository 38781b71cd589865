using Ballast.Text;

namespace Ballast.Syntax;

/// <summary>A problem the parser found, with the span it is about. Errors are what BuildKit
/// would refuse; warnings are what its build checks report during parsing.</summary>
/// <param name="Code">A stable code: <c>BL000</c> for syntax errors, or a check name.</param>
/// <param name="Message">One sentence, in BuildKit's words where it has them.</param>
/// <param name="Span">Where the problem is.</param>
/// <param name="IsError">True when BuildKit would refuse the file.</param>
public sealed record SyntaxDiagnostic(string Code, string Message, TextSpan Span, bool IsError);
