namespace Ballast.Syntax;

/// <summary>Character classes the parser uses, each matching one of BuildKit's.</summary>
internal static class Characters
{
    /// <summary>The ASCII blanks BuildKit splits instruction words on.</summary>
    public static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    /// <summary>Blanks that may follow a continuation escape.</summary>
    public static bool IsBlank(char c) => c is ' ' or '\t';

    /// <summary>True for a line that holds nothing but blanks.</summary>
    public static bool IsBlankLine(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (!IsAsciiSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a comment line: <c>#</c> after optional blanks.</summary>
    public static bool IsCommentLine(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (IsAsciiSpace(c))
            {
                continue;
            }

            return c == '#';
        }

        return false;
    }
}
