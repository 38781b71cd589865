using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL107: <c>pip install</c> keeps its download and wheel cache in the layer
/// (<c>/root/.cache/pip</c>), often as large as what it installed.</summary>
public sealed class PipCacheRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL107",
        "pip cache kept in the layer",
        Category.Size,
        Severity.Warning,
        "pip install keeps downloaded archives and built wheels under ~/.cache/pip in the "
        + "layer; --no-cache-dir or a cache mount keeps them out of the image.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            foreach (var use in stage.PackageUses())
            {
                if (use.Command.Manager != PackageManager.Pip
                    || use.Command.Action != PackageAction.Install
                    || use.Command.NoCacheDir
                    || CacheDisabled(use)
                    || !LeavesPipCache(use.Run))
                {
                    continue;
                }

                yield return context.Report(Descriptor,
                    "pip install keeps its download cache in the layer; add --no-cache-dir.",
                    use.HeadSpan, Fix(use));
            }
        }
    }

    private static bool CacheDisabled(PackageUse use)
    {
        // pip turns the cache off whenever PIP_NO_CACHE_DIR holds a boolean, even "0" or
        // "false": its option callback ignores the value for backward compatibility.
        if (use.Run.Environment.Lookup("PIP_NO_CACHE_DIR") is { Length: > 0 })
        {
            return true;
        }

        return use.Command.Command.FindAssignment("PIP_NO_CACHE_DIR") is not null
            || use.Run.OutOfLayerTargets().Any(target => target.TrimEnd('/').EndsWith(
                ".cache/pip", StringComparison.Ordinal) || target.TrimEnd('/').EndsWith(".cache",
                StringComparison.Ordinal));
    }

    // The shell model follows the RUN to its end: a later rm -rf ~/.cache/pip or
    // pip cache purge in the same RUN leaves nothing in the layer.
    private static bool LeavesPipCache(RunInstruction run) =>
        run.Commands is { } script
        && run.LeftCaches
            .Any(cache => cache.Manager == PackageManager.Pip);

    private static Fix? Fix(PackageUse use) =>
        use.InsertionOffset is { } offset
            ? new Fix("Add --no-cache-dir to the pip install.",
                [new Edit(new TextSpan(offset, 0), " --no-cache-dir")])
            : null;
}
