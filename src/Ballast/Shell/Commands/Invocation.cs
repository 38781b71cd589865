namespace Ballast.Shell.Commands;

/// <summary>
/// Which grammar a command uses and which of its arguments that grammar reads, after
/// <c>python -m pip</c> and <c>pip3.12</c> style names are resolved.
/// </summary>
internal sealed record Invocation(
    ManagerGrammar Grammar,
    ShellWord Anchor,
    IReadOnlyList<ShellWord> Arguments)
{
    public static Invocation? Resolve(
        string program,
        ShellWord name,
        IReadOnlyList<ShellWord> arguments)
    {
        if (IsVersioned(program, "pip"))
        {
            return new Invocation(ManagerGrammars.Find("pip")!, name, arguments);
        }

        if (IsVersioned(program, "python"))
        {
            return ResolvePythonModule(arguments);
        }

        return ManagerGrammars.Find(program) is { } grammar
            ? new Invocation(grammar, name, arguments)
            : null;
    }

    private static Invocation? ResolvePythonModule(IReadOnlyList<ShellWord> arguments)
    {
        for (int index = 0; index + 1 < arguments.Count; index++)
        {
            string? word = arguments[index].Value;
            if (word is "-X" or "-W")
            {
                index++;
                continue;
            }

            if (word != "-m")
            {
                if (word is null || !word.StartsWith('-'))
                {
                    return null;
                }

                continue;
            }

            ShellWord module = arguments[index + 1];
            return module.Value is { } moduleName && ManagerGrammars.Find(moduleName) is { }
                grammar && grammar.Manager == PackageManager.Pip
                ? new Invocation(grammar, module, [.. arguments.Skip(index + 2)])
                : null;
        }

        return null;
    }

    /// <summary>True for <c>pip</c>, <c>pip3</c>, <c>pip3.12</c> and the like.</summary>
    private static bool IsVersioned(string program, string stem) =>
        program.StartsWith(stem, StringComparison.Ordinal)
        && program.AsSpan(stem.Length).IndexOfAnyExcept("0123456789.") < 0;
}
