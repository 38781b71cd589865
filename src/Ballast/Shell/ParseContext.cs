namespace Ballast.Shell;

/// <summary>What the parser knows about the place a command is written in.</summary>
internal readonly record struct ParseContext(
    bool InSubshell,
    bool IsConditional,
    ShellCommand? Wrapper);
