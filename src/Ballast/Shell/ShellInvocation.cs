using Ballast.Text;

namespace Ballast.Shell;

/// <summary>A <c>sh -c SCRIPT</c> call: the script word and the options given to the shell.
/// </summary>
internal sealed record ShellInvocation(ShellWord Script, ShellOptions Options)
{
    /// <summary>
    /// Reads the arguments of <c>sh</c>, <c>bash</c> and the like; null when they do not
    /// run a <c>-c</c> script (a script file or standard input instead).
    /// </summary>
    public static ShellInvocation? Read(IReadOnlyList<ShellWord> arguments)
    {
        var options = default(ShellOptions);
        bool command = false;
        int pendingNames = 0;
        for (int index = 0; index < arguments.Count; index++)
        {
            if (arguments[index].Value is not { } word)
            {
                return null;
            }

            if (pendingNames > 0)
            {
                options = options.WithName(word, on: true);
                pendingNames--;
                continue;
            }

            if (word == "--" || word.StartsWith("--", StringComparison.Ordinal))
            {
                continue;
            }

            if (word.Length < 2 || word[0] is not ('-' or '+'))
            {
                return command ? new ShellInvocation(arguments[index], options) : null;
            }

            foreach (char letter in word.AsSpan(1))
            {
                command |= letter == 'c';
                pendingNames += letter == 'o' ? 1 : 0;
                options = options.WithLetter(letter, word[0] == '-');
            }
        }

        return null;
    }

    /// <summary>
    /// The range of the script inside <paramref name="word"/> when its characters map one to
    /// one onto the outer string: a plain word, or one wholly in single quotes, or in double
    /// quotes with nothing escaped.
    /// </summary>
    public static TextSpan? LiteralRange(ShellWord word)
    {
        if (word.Value is not { } value || word.IsFromOuterWord)
        {
            return null;
        }

        string raw = word.Raw;
        if (raw == value)
        {
            return word.Span;
        }

        bool quoted = raw.Length == value.Length + 2
            && raw[0] is '\'' or '"'
            && raw[^1] == raw[0]
            && raw.AsSpan(1, value.Length).SequenceEqual(value);
        return quoted ? new TextSpan(word.Span.Start + 1, value.Length) : null;
    }
}
