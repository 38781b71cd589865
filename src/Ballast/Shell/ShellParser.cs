namespace Ballast.Shell;

/// <summary>
/// Reads a RUN script as a POSIX shell (with the bash forms common in Dockerfiles) does and
/// lists its simple commands. It never throws: problems become diagnostics.
/// </summary>
public static class ShellParser
{
    /// <summary>Parses <paramref name="script"/> with no shell options set.</summary>
    public static ShellScript Parse(string script) => Parse(script, default);

    /// <summary>
    /// Parses <paramref name="script"/> starting from <paramref name="options"/>, as when a
    /// Dockerfile's SHELL is <c>["/bin/bash", "-o", "pipefail", "-c"]</c>.
    /// </summary>
    public static ShellScript Parse(string script, ShellOptions options) =>
        Parse(script, options, null);

    /// <summary>
    /// Parses <paramref name="script"/> with the values of <paramref name="variables"/>
    /// (the ENV and ARG values in effect) known: a plain <c>$NAME</c> or <c>${NAME}</c>
    /// takes its value, and unquoted it splits into words as the shell splits it, each
    /// word keeping the span of the word written.
    /// </summary>
    public static ShellScript Parse(
        string script,
        ShellOptions options,
        IReadOnlyDictionary<string, string>? variables)
    {
        string text = script ?? string.Empty;
        var state = new ParseState { Options = options, Variables = variables };
        new ScriptParser(text, null, state).ParseRange(0, text.Length, default);
        return new ShellScript(text, state.Commands, state.Diagnostics, state.Options);
    }
}
