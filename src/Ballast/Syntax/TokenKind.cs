namespace Ballast.Syntax;

/// <summary>What a token of the lossless tree holds.</summary>
public enum TokenKind
{
    /// <summary>A UTF-8 byte order mark at the start of the file.</summary>
    ByteOrderMark,

    /// <summary>A parser directive line such as <c># escape=`</c>.</summary>
    Directive,

    /// <summary>A comment line, between or inside instructions.</summary>
    Comment,

    /// <summary>Spaces and tabs, or a line of only those.</summary>
    Whitespace,

    /// <summary>A line break: <c>\n</c> or <c>\r\n</c>.</summary>
    LineBreak,

    /// <summary>The escape character that continues a line, with any blanks after it.</summary>
    LineContinuation,

    /// <summary>The instruction word, as written.</summary>
    Keyword,

    /// <summary>A <c>--name=value</c> flag word.</summary>
    Flag,

    /// <summary>Argument text.</summary>
    Argument,

    /// <summary>The body lines of a heredoc.</summary>
    HeredocBody,

    /// <summary>The line that ends a heredoc.</summary>
    HeredocTerminator,
}
