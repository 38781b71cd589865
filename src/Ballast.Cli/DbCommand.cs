using System.CommandLine;
using Ballast.Vulnerabilities;

namespace Ballast.Cli;

/// <summary><c>ballast db update</c>: download OSV exports into the cache.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var ecosystems = new Argument<string[]>("ecosystem")
        {
            Description = "OSV ecosystems to download (default: Debian, Ubuntu, Alpine, PyPI, npm)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var directory = new Option<string?>("--vuln-db")
        {
            Description = "The folder to write (default: the user's cache)",
        };
        var update = new Command("update", "Download the OSV exports of the given ecosystems. "
            + "Exit 2 when any download fails (the previous copy is kept).")
        {
            ecosystems, directory,
        };
        update.SetAction((result, cancel) => UpdateAsync(
            result.GetValue(ecosystems) ?? [], result.GetValue(directory), cancel));
        return new Command("db", "Manage the local vulnerability database") { update };
    }

    private static async Task<int> UpdateAsync(
        string[] ecosystems, string? directory, CancellationToken cancel)
    {
        directory ??= VulnerabilityDatabaseLocation.DefaultDirectory(
            Environment.GetEnvironmentVariable);
        if (directory is null)
        {
            Console.Error.WriteLine("ballast: no cache folder (HOME is not set); pass --vuln-db");
            return 2;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
        var updater = new VulnerabilityDatabaseUpdater(
            http, VulnerabilityDatabaseUpdater.OsvExports, directory, TimeProvider.System);
        string[] wanted = ecosystems.Length > 0
            ? ecosystems
            : ["Debian", "Ubuntu", "Alpine", "PyPI", "npm"];
        var results = await updater.UpdateAsync(wanted, cancel);
        foreach (var update in results)
        {
            (update.Succeeded ? Console.Out : Console.Error).WriteLine(update.Message);
        }

        return results.All(update => update.Succeeded) ? 0 : 2;
    }
}
