using System.CommandLine;
using Ballast.Rules;

namespace Ballast.Cli;

/// <summary><c>ballast rules</c>: lists the catalogue, one rule a line.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var command = new Command("rules",
            "List every rule: id, category, default severity and title.");
        command.SetAction(_ => Run());
        return command;
    }

    private static int Run()
    {
        foreach (var rule in RuleCatalog.All.Select(rule => rule.Descriptor))
        {
            var category = rule.Category.ToString().ToLowerInvariant();
            var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
            Console.Out.WriteLine($"{rule.Id}  {category,-11} {severity,-7}  {rule.Title}");
        }

        return 0;
    }
}
