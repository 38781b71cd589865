using System.CommandLine;
using Ballast.Rules;

namespace Ballast.Cli;

/// <summary><c>ballast explain BL103</c>: prints the rule's page.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("rule") { Description = "A rule id, such as BL318" };
        var command = new Command("explain", "Print a rule's page: the problem, why it costs, "
            + "problematic and correct examples, exceptions and limitations.")
        {
            id,
        };
        command.SetAction(result => Run(result.GetValue(id)!));
        return command;
    }

    private static int Run(string id)
    {
        if (RulePages.Find(id) is { } page)
        {
            Console.Out.Write(page);
            return 0;
        }

        if (RuleCatalog.Find(id) is { } rule)
        {
            var descriptor = rule.Descriptor;
            Console.Out.WriteLine($"# {descriptor.Id}: {descriptor.Title}");
            Console.Out.WriteLine();
            Console.Out.WriteLine(descriptor.Summary);
            return 0;
        }

        Console.Error.WriteLine($"no rule {id}; `ballast rules` lists them");
        return 2;
    }
}
