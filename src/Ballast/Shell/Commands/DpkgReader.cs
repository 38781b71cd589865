namespace Ballast.Shell.Commands;

/// <summary>Reads <c>dpkg</c>, whose actions are options rather than subcommands.</summary>
internal static class DpkgReader
{
    private static readonly ManagerGrammar Grammar = ManagerGrammar.Create(
        PackageManager.Dpkg,
        PackageSyntax.Debian,
        "--root --admindir --instdir --log --path-include --path-exclude --status-fd",
        string.Empty,
        string.Empty);

    public static PackageCommand Read(ShellCommand command)
    {
        ArgumentScan scan = OptionScanner.Scan(
            command.Arguments, Grammar.ValueOptions, clustersShortOptions: true);
        CommandOption? actionOption = scan.Options.FirstOrDefault(option =>
            ActionOf(option.Name) != PackageAction.Other);
        PackageAction action = actionOption is null
            ? PackageAction.Other
            : ActionOf(actionOption.Name);
        bool takesPackages = action is PackageAction.Install or PackageAction.Remove
            or PackageAction.Purge;
        ShellWord anchor = command.Name!;
        return new PackageCommand
        {
            Manager = PackageManager.Dpkg,
            Action = action,
            Packages = takesPackages
                ? [.. scan.Positionals.Select(word =>
                    PackageSpecifier.Parse(PackageSyntax.Debian, word))]
                : [],
            Operands = takesPackages ? [] : scan.Positionals,
            Options = scan.Options,
            Command = command,
            InsertionPoint = anchor.IsFromOuterWord ? null : anchor.Span.End,
        };
    }

    private static PackageAction ActionOf(string option) => option switch
    {
        "-i" or "--install" => PackageAction.Install,
        "-r" or "--remove" => PackageAction.Remove,
        "-P" or "--purge" => PackageAction.Purge,
        _ => PackageAction.Other,
    };
}
