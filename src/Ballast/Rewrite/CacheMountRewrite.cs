using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Caches;
using Ballast.Text;

namespace Ballast.Rewrite;

/// <summary>
/// The opt-in alternative to cleanup commands: each RUN that leaves package caches in its
/// layer gets a BuildKit cache mount on every cache directory, so the caches stay out of
/// the image and the next build reuses them. The cache rules then find nothing to clean.
/// </summary>
public static class CacheMountRewrite
{
    /// <summary>The mounts to add to the RUNs of the stages that ship in the final image.
    /// </summary>
    public static IReadOnlyList<CacheMount> Fixes(DockerfileModel model)
    {
        var context = new RuleContext(model);
        var mounts = new List<CacheMount>();
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var run in stage.OfType<RunInstruction>())
            {
                if (run.Commands is not { } script)
                {
                    continue;
                }

                var caches = CacheAnalysis.Find(script, run.CacheMountTargets.ToList());
                if (caches.Count > 0)
                {
                    mounts.Add(MountFor(model, run, caches));
                }
            }
        }

        return mounts;
    }

    private static CacheMount MountFor(
        DockerfileModel model, RunInstruction run, IReadOnlyList<LeftCache> caches)
    {
        // apt takes a lock in its directories, so concurrent builds must not share them.
        var flags = string.Concat(caches.Select(cache => cache.Path).Distinct()
            .Select(path => path.StartsWith("/var/lib/apt", StringComparison.Ordinal)
                || path.StartsWith("/var/cache/apt", StringComparison.Ordinal)
                ? $" --mount=type=cache,target={path},sharing=locked"
                : $" --mount=type=cache,target={path}"));
        var names = string.Join(", ", caches.Select(cache => cache.Description).Distinct());
        var line = model.Locate(run.Span).Start.Line;
        var fix = new Fix($"Keep the {names} in a cache mount.",
            [new Edit(new TextSpan(run.Syntax.KeywordSpan.End, 0), flags)]);
        return new CacheMount(fix, new ChangeExplanation(
            $"Line {line}: keep the {names} in a BuildKit cache mount",
            "the caches stay out of the layer and are reused by the next build"));
    }
}
