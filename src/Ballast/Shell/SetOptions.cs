namespace Ballast.Shell;

/// <summary>Reads the option changes of a <c>set</c> command.</summary>
internal static class SetOptions
{
    /// <summary>
    /// Applies <c>set -eux</c>, <c>set +e</c>, <c>set -o pipefail</c> and
    /// <c>set -euxo pipefail</c> to <paramref name="options"/>.
    /// </summary>
    public static ShellOptions Apply(ShellOptions options, IReadOnlyList<ShellWord> arguments)
    {
        int pendingNames = 0;
        bool pendingOn = true;
        foreach (ShellWord argument in arguments)
        {
            if (argument.Value is not { } word)
            {
                continue;
            }

            if (pendingNames > 0)
            {
                options = options.WithName(word, pendingOn);
                pendingNames--;
                continue;
            }

            if (word.Length < 2 || word[0] is not ('-' or '+') || word == "--")
            {
                // What follows are positional parameters, not options.
                return options;
            }

            bool on = word[0] == '-';
            foreach (char letter in word.AsSpan(1))
            {
                if (letter == 'o')
                {
                    pendingNames++;
                    pendingOn = on;
                }
                else
                {
                    options = options.WithLetter(letter, on);
                }
            }
        }

        return options;
    }
}
