using System.CommandLine;
using System.CommandLine.Help;
using Ballast.Cli;

// A RootCommand takes its name from the entry assembly's file (Ballast.Cli.dll); a plain
// command named as users type it makes usage and help read "ballast".
var root = new Command("ballast",
    "Ballast makes container images smaller, faster to rebuild and safer: it checks "
    + "Dockerfiles, rewrites them, and measures the result.")
{
    new HelpOption(),
    new VersionOption(),
};
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(FixCommand.Create());
root.Subcommands.Add(SyntaxCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(ImageCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(MeasureCommand.Create());
root.Subcommands.Add(DbCommand.Create());
return CommandLine.Run(root, args);
