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
    public static ShellScript Parse(string script, ShellOptions options)
    {
        string text = script ?? string.Empty;
        var state = new ParseState { Options = options };
        new ScriptParser(text, null, state).ParseRange(0, text.Length, default);
        return new ShellScript(text, state.Commands, state.Diagnostics, state.Options);
    }
}
