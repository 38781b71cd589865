using Ballast.Shell.Commands;

namespace Ballast.Shell.Caches;

/// <summary>
/// Finds the package manager caches a RUN leaves in its layer: written by a command and
/// not removed by a later one, and not on a cache mount.
/// </summary>
public static class CacheAnalysis
{
    /// <summary>
    /// The caches <paramref name="script"/> leaves, given the targets of the RUN's
    /// <c>--mount=type=cache</c> options, for root in an official image.
    /// </summary>
    public static IReadOnlyList<LeftCache> Find(
        ShellScript script,
        IReadOnlyList<string> cacheMountTargets) =>
        Find(script, cacheMountTargets, CacheAnalysisSettings.Default);

    /// <summary>The caches <paramref name="script"/> leaves under
    /// <paramref name="settings"/>.</summary>
    public static IReadOnlyList<LeftCache> Find(
        ShellScript script,
        IReadOnlyList<string> cacheMountTargets,
        CacheAnalysisSettings settings)
    {
        var scope = new CacheScope(settings, AptArchivesKept(script, settings));
        IReadOnlyList<CacheRule> rules = CacheRules.All;
        List<ScriptStep> steps = [];
        foreach (ShellCommand command in script.Commands)
        {
            scope.Observe(command);
            PackageCommand? package = PackageCommandReader.Read(command);
            bool[] creates = [.. rules.Select(rule =>
                package is not null && rule.Applies(package) && rule.Creates(package, scope))];
            steps.Add(new ScriptStep(
                command, package, FileCommandReader.ReadRemove(command), creates));
        }

        List<LeftCache> left = [];
        for (int index = 0; index < rules.Count; index++)
        {
            if (FindLeft(rules[index], index, steps, scope, cacheMountTargets) is { } cache)
            {
                left.Add(cache);
            }
        }

        return left;
    }

    private static LeftCache? FindLeft(
        CacheRule rule,
        int ruleIndex,
        List<ScriptStep> steps,
        CacheScope scope,
        IReadOnlyList<string> cacheMountTargets)
    {
        string[] paths = rule.Paths(scope);
        if (paths.Any(path => CachePaths.IsUnder(path, cacheMountTargets, scope.Home)))
        {
            return null;
        }

        ScriptStep? pending = null;
        foreach (ScriptStep step in steps)
        {
            if (step.Creates[ruleIndex])
            {
                pending ??= step;
            }
            else if (pending is not null && Cleans(rule, step, paths, scope, pending))
            {
                pending = null;
            }
        }

        return pending is null
            ? null
            : new LeftCache(
                pending.Package!.Manager,
                rule.Description,
                paths[0],
                pending.Command,
                rule.Cleanup(scope));
    }

    private static bool Cleans(
        CacheRule rule,
        ScriptStep step,
        string[] paths,
        CacheScope scope,
        ScriptStep pending)
    {
        // A cleanup that runs only sometimes does not count unless the install was just as
        // conditional.
        if (step.Command.IsConditional && !pending.Command.IsConditional)
        {
            return false;
        }

        if (step.Package is { } package && rule.Applies(package) && rule.Cleans(package))
        {
            return true;
        }

        return step.Remove is { } remove
            && remove.Paths.Any(word => paths.Any(path =>
                CachePaths.Removes(word, path, scope.Home)));
    }

    private static bool AptArchivesKept(ShellScript script, CacheAnalysisSettings settings)
    {
        if (!settings.AptArchivesCleanedByBase)
        {
            return true;
        }

        // Removing docker-clean, or asking apt to keep downloads, turns the base image's
        // automatic cleanup off.
        return script.Commands.Any(command => command.Words.Any(word =>
            word.Value is { } value
            && (value.EndsWith("apt.conf.d/docker-clean", StringComparison.Ordinal)
                || value.Contains("Keep-Downloaded-Packages \"true\"", StringComparison.Ordinal)
                || value.Contains("Keep-Downloaded-Packages=true", StringComparison.Ordinal)))
            && command.ProgramName is "rm" or "echo" or "printf" or "apt-get" or "apt");
    }

    private sealed record ScriptStep(
        ShellCommand Command,
        PackageCommand? Package,
        RemoveCommand? Remove,
        bool[] Creates);
}
