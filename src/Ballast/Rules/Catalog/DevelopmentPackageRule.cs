using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL103: a <c>-dev</c>, <c>-devel</c> or header package is installed in a stage
/// whose files ship in the final image. Headers, static libraries and their dependency
/// closures are needed to compile, never to run.</summary>
public sealed class DevelopmentPackageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL103",
        "Development package in the final image",
        Category.Size,
        Severity.Warning,
        "A -dev/-devel package (headers, static libraries) is installed in the final image; "
        + "compile in a builder stage and install only the runtime library here.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            var release = context.ReleaseOf(stage);
            foreach (var use in stage.PackageUses())
            {
                if (!BuildTooling.IsSystemManager(use.Command.Manager)
                    || use.Command.Action != PackageAction.Install)
                {
                    continue;
                }

                foreach (var package in use.Command.Packages)
                {
                    if (BuildTooling.IsDevelopment(package.Name, context.Packages)
                        && !use.IsRemovedInSameRun(package))
                    {
                        yield return context.Report(Descriptor,
                            Message(context, package.Name, release), use.SpanOf(package.Word));
                    }
                }
            }
        }
    }

    private static string Message(RuleContext context, string package, string? release)
    {
        var runtime = release is null ? [] : context.Packages.RuntimePackagesFor(package, release);
        var hint = runtime.Count > 0
            ? $"; at run time only {string.Join(" and ", runtime)} "
                + $"{(runtime.Count > 1 ? "are" : "is")} needed"
            : "; at run time only its shared library is needed";
        return $"{package} is a development package (headers, static libraries) in the final "
            + $"image{hint}{Estimate(context, package, release)}.";
    }

    // Under a megabyte the figure would read as "0 MB"; the finding stands without it.
    private static string Estimate(RuleContext context, string package, string? release)
    {
        var overhead = release is null
            ? null
            : context.Packages.DevelopmentOverhead(package, release);
        return overhead is >= 1_000_000
            ? $" (estimate: about {Sizes.Megabytes(overhead.Value)} installed with what it "
                + "pulls in)"
            : "";
    }
}
