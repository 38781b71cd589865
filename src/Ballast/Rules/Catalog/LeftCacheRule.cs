using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>
/// The shape shared by the cache rules of one package manager family: a cache the RUN
/// leaves in its layer (written and not removed later in the same RUN, and not on a cache
/// mount) is reported at the command that wrote it, with the cleanup appended as the fix.
/// </summary>
public abstract class LeftCacheRule : Rule
{
    /// <summary>The package managers whose caches this rule reports.</summary>
    protected abstract IReadOnlySet<PackageManager> Managers { get; }

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var run in stage.OfType<RunInstruction>())
            {
                if (run.Commands is not { } script)
                {
                    continue;
                }

                var caches = run.LeftCaches;
                foreach (var cache in caches.Where(cache => Managers.Contains(cache.Manager)))
                {
                    yield return context.Report(Descriptor,
                        $"{cache.CreatedBy.ProgramName} leaves the {cache.Description} "
                        + $"({cache.Path}) in this layer; clean it in the same RUN: "
                        + $"&& {cache.Cleanup}",
                        run.SourceSpan(cache.CreatedBy.Span), Fix(run, cache));
                }
            }
        }
    }

    /// <summary>The fix for <paramref name="cache"/>: by default the cleanup appended at the
    /// end of the RUN.</summary>
    protected virtual Fix? Fix(RunInstruction run, LeftCache cache) =>
        ScriptEnd.Append(run, cache.Cleanup,
            $"Remove the {cache.Description} in the same RUN ({cache.Cleanup}).");
}
