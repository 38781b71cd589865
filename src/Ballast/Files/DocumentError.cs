namespace Ballast.Files;

/// <summary>Why a file could not be read as a Dockerfile, and where.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">The 1-based line, or 0 when the problem is the whole file.</param>
/// <param name="Column">The 1-based column, or 0.</param>
/// <param name="Message">One sentence for the user.</param>
public sealed record DocumentError(string Path, int Line, int Column, string Message)
{
    /// <summary>The error as <c>path:line:column: error: message</c>.</summary>
    public override string ToString() =>
        Line > 0 ? $"{Path}:{Line}:{Column}: error: {Message}" : $"{Path}: error: {Message}";
}
