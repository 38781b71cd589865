namespace Ballast.Shell;

/// <summary>The shell options that change how a script fails, as set by <c>set</c>.</summary>
/// <param name="Errexit">True after <c>set -e</c> or <c>set -o errexit</c>.</param>
/// <param name="Pipefail">True after <c>set -o pipefail</c>.</param>
/// <param name="Nounset">True after <c>set -u</c> or <c>set -o nounset</c>.</param>
/// <param name="Xtrace">True after <c>set -x</c> or <c>set -o xtrace</c>.</param>
public readonly record struct ShellOptions(
    bool Errexit = false,
    bool Pipefail = false,
    bool Nounset = false,
    bool Xtrace = false)
{
    /// <summary>
    /// Returns these options with the one named by <paramref name="letter"/> (as in
    /// <c>set -e</c>) turned on or off; unknown letters change nothing.
    /// </summary>
    public ShellOptions WithLetter(char letter, bool on) => letter switch
    {
        'e' => this with { Errexit = on },
        'u' => this with { Nounset = on },
        'x' => this with { Xtrace = on },
        _ => this,
    };

    /// <summary>
    /// Returns these options with the one named by <paramref name="name"/> (as in
    /// <c>set -o pipefail</c>) turned on or off; unknown names change nothing.
    /// </summary>
    public ShellOptions WithName(string? name, bool on) => name switch
    {
        "errexit" => this with { Errexit = on },
        "pipefail" => this with { Pipefail = on },
        "nounset" => this with { Nounset = on },
        "xtrace" => this with { Xtrace = on },
        _ => this,
    };
}
