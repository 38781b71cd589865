using Ballast.Model;
using Ballast.Shell.Commands;

namespace Ballast.Rules.Catalog;

/// <summary>BL102: the final image ships build tooling: compilers from a full base image,
/// compilers or <c>-dev</c> packages it installs, or packaging tools such as poetry. A
/// multi-stage build keeps all of it in a builder stage.</summary>
public sealed class BuildToolsInFinalImageRule : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "BL102",
        "Build tooling shipped in the final image",
        Category.Size,
        Severity.Warning,
        "Compilers, headers and packaging tools end up in the final image; a multi-stage "
        + "build uses them in a builder stage and ships only the results.");

    /// <inheritdoc />
    public override IEnumerable<Finding> Check(RuleContext context)
    {
        var final = context.FinalStage;
        if (final is null)
        {
            yield break;
        }

        var evidence = Evidence(context).Distinct().ToList();
        if (evidence.Count == 0)
        {
            yield break;
        }

        // fix --multi-stage restages single-stage files only, so a multi-stage file gets
        // the manual step instead of a command that would change nothing.
        var (kind, remedy) = context.IsSingleStage
            ? ("This single-stage build", "A builder stage would keep it out "
                + "(ballast fix --multi-stage).")
            : ("The final stage", "Build in an earlier stage, copy only the results, and base "
                + "the final stage on a slim image with the runtime libraries.");
        yield return context.Report(Descriptor,
            $"{kind} ships build tooling in the image: {string.Join("; ", evidence)}. {remedy}",
            final.From.Arguments.Count > 0 ? final.From.Arguments[0].Span : final.From.Span);
    }

    private static IEnumerable<string> Evidence(RuleContext context)
    {
        foreach (var stage in context.FinalImageStages())
        {
            if (stage.ParentStage is null
                && context.DescribeBase(stage) is { ShipsBuildTools: true } facts
                && HasSmallerRuntime(context, facts))
            {
                yield return $"compilers and headers from the base image {stage.BaseName}";
            }

            foreach (var item in Installed(context, stage))
            {
                yield return item;
            }
        }
    }

    // php's Debian images keep their compilers by design and have no variant without them:
    // a builder stage cannot take those out, so only what the build installs is evidence.
    private static bool HasSmallerRuntime(RuleContext context, Knowledge.BaseImageFacts facts) =>
        context.Images.SlimTwin(facts) is not null || context.Images.RuntimeBase(facts) is not null;

    private static IEnumerable<string> Installed(RuleContext context, Stage stage)
    {
        foreach (var use in stage.PackageUses()
            .Where(use => use.Command.Action == PackageAction.Install))
        {
            var command = use.Command;
            if (BuildTooling.IsSystemManager(command.Manager))
            {
                var kept = command.Packages.Where(package => !use.IsRemovedInSameRun(package))
                    .ToList();
                var tools = kept.Where(package => BuildTooling.IsToolchain(package.Name));
                var headers = kept.Where(package =>
                    BuildTooling.IsDevelopment(package.Name, context.Packages));
                foreach (var package in tools.Concat(headers))
                {
                    yield return package.Name;
                }
            }
            else if (command.Manager == PackageManager.Pip)
            {
                foreach (var package in command.Packages.Where(BuildTooling.IsPackagingTool))
                {
                    yield return $"{package.Name} (installed with pip)";
                }
            }
        }
    }
}
