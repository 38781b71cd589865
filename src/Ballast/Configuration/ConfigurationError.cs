namespace Ballast.Configuration;

/// <summary>A problem in a configuration file, with where it is.</summary>
/// <param name="Path">The configuration file.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="Message">What is wrong, for the user.</param>
public sealed record ConfigurationError(string Path, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}
