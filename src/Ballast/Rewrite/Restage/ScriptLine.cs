namespace Ballast.Rewrite.Restage;

/// <summary>One command of a generated RUN: its head (program, subcommand, options) and its
/// items (packages, paths), which go one per line when there are many.</summary>
public sealed record ScriptLine(string Head, IReadOnlyList<string> Items)
{
    /// <summary>A command with no items.</summary>
    public static ScriptLine Of(string head) => new(head, []);
}
