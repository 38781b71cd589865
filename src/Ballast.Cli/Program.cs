using System.CommandLine;
using Ballast.Cli;

var root = new RootCommand(
    "Ballast makes container images smaller, faster to rebuild and safer: it checks "
    + "Dockerfiles, rewrites them, and measures the result.");
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
