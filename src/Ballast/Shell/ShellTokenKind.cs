namespace Ballast.Shell;

/// <summary>The kinds of token the shell lexer produces.</summary>
internal enum ShellTokenKind
{
    Word,
    Operator,
    Newline,
    IoNumber,
    Arithmetic,
    End,
}
