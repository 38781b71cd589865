namespace Ballast.Engines;

/// <summary>A program and its argument array, exactly as it is started (never through a
/// shell).</summary>
/// <param name="Executable">The program name or path.</param>
/// <param name="Arguments">The arguments, one element per argv entry.</param>
public sealed record CommandLine(string Executable, IReadOnlyList<string> Arguments)
{
    /// <summary>The command as a POSIX shell would need it typed, for logs and error messages.
    /// Arguments with spaces or shell characters are single-quoted.</summary>
    public override string ToString()
        => string.Join(' ', new[] { Executable }.Concat(Arguments).Select(Quote));

    private static string Quote(string word)
    {
        if (word.Length > 0 && word.All(IsPlain))
        {
            return word;
        }

        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static bool IsPlain(char character)
        => char.IsAsciiLetterOrDigit(character) || "-_./:=,+@%".Contains(character);
}
