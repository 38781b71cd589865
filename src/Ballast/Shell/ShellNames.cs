namespace Ballast.Shell;

/// <summary>What counts as a variable name in the shell.</summary>
internal static class ShellNames
{
    /// <summary>True for a name such as <c>DEBIAN_FRONTEND</c>: a letter or underscore,
    /// then letters, digits or underscores.</summary>
    public static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char current in name)
        {
            if (!char.IsAsciiLetterOrDigit(current) && current != '_')
            {
                return false;
            }
        }

        return true;
    }
}
