namespace Ballast.Shell.Commands;

/// <summary>
/// Reads a simple command as a package manager or build tool command: the action, the
/// packages (never an option's value), the options and where a fixer can add a flag.
/// </summary>
public static class PackageCommandReader
{
    /// <summary>
    /// The package command <paramref name="command"/> runs, or null when its program is not
    /// a known package manager or its name is not known without running the script.
    /// </summary>
    public static PackageCommand? Read(ShellCommand command)
    {
        if (command.Name is not { } name || command.ProgramName is not { } program)
        {
            return null;
        }

        if (program == "dpkg")
        {
            return DpkgReader.Read(command);
        }

        if (Invocation.Resolve(program, name, command.Arguments) is not { } invocation)
        {
            return null;
        }

        return Read(command, invocation);
    }

    private static PackageCommand Read(ShellCommand command, Invocation invocation)
    {
        ManagerGrammar grammar = invocation.Grammar;
        ArgumentScan scan = OptionScanner.Scan(
            invocation.Arguments, grammar.ValueOptions, grammar.ClustersShortOptions);
        (PackageAction action, int[] subcommandAt) = FindAction(grammar, scan.Positionals);
        IReadOnlyList<ShellWord> subcommand = [.. subcommandAt.Select(at => scan.Positionals[at])];
        int restStart = subcommandAt.Length == 0 ? 0 : subcommandAt[^1] + 1;
        List<ShellWord> rest = [.. scan.Positionals.Skip(restStart)];
        bool takesPackages = TakesPackages(action) && !grammar.GoalsAreOperands;
        List<PackageArgument> packages = takesPackages
            ? [.. rest.Select(word => PackageSpecifier.Parse(grammar.Syntax, word))]
            : [];
        AddEditables(grammar, scan.Options, packages);
        ShellWord anchor = subcommand.Count > 0 ? subcommand[^1] : invocation.Anchor;
        return new PackageCommand
        {
            Manager = grammar.Manager,
            Action = action,
            Subcommand = subcommand,
            Packages = ApplyVersionOption(grammar, scan.Options, packages),
            Operands = takesPackages ? [] : rest,
            Options = scan.Options,
            Flags = PackageFlagReader.Read(grammar, scan.Options, command),
            RequirementFiles = [.. scan.Options
                .Where(option => grammar.RequirementOptions.Contains(option.Name))
                .Select(option => option.Value)
                .OfType<ShellWord>()],
            Command = command,
            InsertionPoint = anchor.IsFromOuterWord ? null : anchor.Span.End,
        };
    }

    private static (PackageAction Action, int[] At) FindAction(
        ManagerGrammar grammar,
        IReadOnlyList<ShellWord> positionals)
    {
        if (grammar.GoalsAreOperands)
        {
            PackageAction goal = positionals
                .Select(word => grammar.Subcommands.GetValueOrDefault(word.Value ?? ""))
                .FirstOrDefault(action => action != PackageAction.Other);
            return (goal == PackageAction.Other ? PackageAction.Build : goal, []);
        }

        if (positionals.Count == 0)
        {
            return (grammar.DefaultAction ?? PackageAction.Other, []);
        }

        string first = positionals[0].Value ?? string.Empty;
        for (int second = 1; second < Math.Min(positionals.Count, 3); second++)
        {
            // dotnet allows a project between the verb and its noun:
            // dotnet add app.csproj package Serilog.
            bool gapAllowed = second == 1 || grammar.Manager == PackageManager.Dotnet;
            string key = $"{first} {positionals[second].Value}";
            if (gapAllowed && grammar.Subcommands.TryGetValue(key, out PackageAction two))
            {
                return (two, [0, second]);
            }
        }

        return (grammar.Subcommands.GetValueOrDefault(first, PackageAction.Other), [0]);
    }

    private static bool TakesPackages(PackageAction action) => action
        is PackageAction.Install or PackageAction.Reinstall or PackageAction.Remove
        or PackageAction.Purge or PackageAction.Upgrade or PackageAction.Download;

    private static void AddEditables(
        ManagerGrammar grammar,
        IReadOnlyList<CommandOption> options,
        List<PackageArgument> packages)
    {
        // pip's -e takes a path or VCS URL that is itself a package to install.
        foreach (CommandOption option in options)
        {
            if (option.Name is "-e" or "--editable" && option.Value is { } value
                && grammar.Manager is PackageManager.Pip or PackageManager.Uv)
            {
                packages.Add(PackageSpecifier.Parse(grammar.Syntax, value));
            }
        }
    }

    private static IReadOnlyList<PackageArgument> ApplyVersionOption(
        ManagerGrammar grammar,
        IReadOnlyList<CommandOption> options,
        List<PackageArgument> packages)
    {
        CommandOption? version = options.LastOrDefault(option =>
            grammar.VersionOptions.Contains(option.Name) && option.Value is not null);
        if (version?.Value?.Value is not { } text || packages.Count != 1)
        {
            return packages;
        }

        return [packages[0] with { Version = text, VersionOperator = "=" }];
    }
}
