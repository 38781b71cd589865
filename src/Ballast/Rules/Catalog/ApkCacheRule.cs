using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Rules.Catalog;

/// <summary>BL108: <c>apk add</c> and <c>apk update</c> without <c>--no-cache</c> keep the
/// package indexes under <c>/var/cache/apk</c> in the layer.</summary>
public sealed class ApkCacheRule : LeftCacheRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL108",
        "apk cache left in the layer",
        Category.Size,
        Severity.Warning,
        "apk add without --no-cache keeps the package indexes under /var/cache/apk in the "
        + "layer; --no-cache fetches them to a temporary place instead.");

    /// <inheritdoc />
    protected override IReadOnlySet<PackageManager> Managers { get; } =
        new HashSet<PackageManager> { PackageManager.Apk };

    /// <summary>Adds <c>--no-cache</c> to an <c>apk add</c>; an <c>apk update</c> gets the
    /// cleanup appended instead, since --no-cache on it would still write the indexes.
    /// </summary>
    protected override Fix? Fix(RunInstruction run, LeftCache cache)
    {
        var command = PackageCommandReader.Read(cache.CreatedBy);
        if (command is not { Action: PackageAction.Install, InsertionPoint: { } point }
            || command.Command.Name is not { IsFromOuterWord: false })
        {
            return base.Fix(run, cache);
        }

        var offset = run.SourceSpan(new TextSpan(point, 0)).Start;
        return new Fix("Add --no-cache to the apk add.",
            [new Edit(new TextSpan(offset, 0), " --no-cache")]);
    }
}
