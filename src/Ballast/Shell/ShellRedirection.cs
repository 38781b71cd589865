using Ballast.Text;

namespace Ballast.Shell;

/// <summary>A redirection such as <c>2&gt;&amp;1</c>, <c>&gt;/dev/null</c> or a here-document.
/// </summary>
/// <param name="Operator">The operator as written: <c>&gt;</c>, <c>&gt;&gt;</c>,
/// <c>&lt;&lt;</c>, <c>&gt;&amp;</c>, <c>&amp;&gt;</c> and so on.</param>
/// <param name="FileDescriptor">The number written before the operator, if any.</param>
/// <param name="Target">The file, descriptor or here-document delimiter; null when missing.
/// </param>
/// <param name="Span">From the descriptor number (or operator) to the end of the target.</param>
/// <param name="HeredocBody">For <c>&lt;&lt;</c> and <c>&lt;&lt;-</c>, the body lines.</param>
public sealed record ShellRedirection(
    string Operator,
    int? FileDescriptor,
    ShellWord? Target,
    TextSpan Span,
    TextSpan? HeredocBody = null)
{
    /// <summary>True for a here-document (<c>&lt;&lt;</c> or <c>&lt;&lt;-</c>).</summary>
    public bool IsHeredoc => Operator is "<<" or "<<-";
}
