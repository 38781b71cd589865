using Ballast.Knowledge;
using Ballast.Model;
using ImageReference = Ballast.Model.ImageReference;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>Says, one sentence each, what the Python recipe changed and why, and estimates
/// the effect from the knowledge data.</summary>
internal sealed class PythonExplanations(
    DockerfileModel model,
    Stage stage,
    PythonPlan plan,
    BaseImageFacts facts,
    ImageReference runtimeImage,
    BaseImageCatalog images,
    PackageFacts packages)
{
    private readonly List<ChangeExplanation> extra = [];

    public string RuntimeImage { get; set; } = runtimeImage.ToString();

    public void ToolRunRemoved(string instruction, string tool) =>
        extra.Add(new ChangeExplanation(
            $"{instruction} runs the command directly instead of through `{tool} run`.",
            $"{tool} stays in the builder; the virtual environment is first on PATH in the "
            + "final stage."));

    public IReadOnlyList<ChangeExplanation> Changes()
    {
        var changes = new List<ChangeExplanation>
        {
            new($"Split the build into a builder stage on {stage.BaseName} and a final stage on "
                + $"{RuntimeImage}.",
                $"The slim image is the same Python on the same release ({facts.Release}) "
                + "without the compilers, headers and tools of the full image."),
        };
        AddPackageChanges(changes);
        changes.Add(new(
            $"Installed the Python dependencies into a virtual environment at "
            + $"{PythonRecipe.VirtualEnvironment} in the builder and copied it to the final stage.",
            ToolSentence()));
        if (plan.ManifestsWritten)
        {
            changes.Add(new(
                $"Copied {string.Join(" and ", plan.Manifests.Select(m => m.Source))} before the "
                + "rest of the source and installed the dependencies from them.",
                "A source change now reuses the cached dependency layer instead of reinstalling."));
        }

        AddSourceStepChange(changes);
        AddFolderChange(changes);
        AddUserInstallChange(changes);
        AddHealthChange(changes);
        AddUvChanges(changes);
        changes.AddRange(extra);
        return changes;
    }

    public IReadOnlyList<string> Estimate()
    {
        var lines = new List<string>();
        var full = facts.EstimatedCompressedBytes;
        var slim = images.Describe(runtimeImage.ShortRepository, runtimeImage.EffectiveTag)
            ?.EstimatedCompressedBytes;
        if (full is { } big && slim is { } small && big > small)
        {
            lines.Add($"Base image: about {Sizes.Megabytes(big - small)} smaller compressed "
                + $"({stage.BaseName} to {RuntimeImage}, from published image sizes).");
        }

        var removed = Sum(plan.SystemPackages.Builder);
        var added = Sum(plan.SystemPackages.Runtime.Except(Originals()));
        if (removed > 0)
        {
            lines.Add($"Packages: about {Sizes.Megabytes(removed)} of build-only packages "
                + $"({string.Join(", ", plan.SystemPackages.Builder)}) leave the final image, "
                + $"{Sizes.Megabytes(added)} of runtime libraries come in (installed sizes on "
                + $"{facts.Release}, dependencies not counted).");
        }

        lines.Add(RestageResult.EstimateSource);
        return lines;
    }

    private void AddPackageChanges(List<ChangeExplanation> changes)
    {
        changes.AddRange(plan.SystemPackages.Explain(facts.Release,
            "needed to compile and prepare the application, not to run it."));

        if (plan.AptRuns.Count > 0)
        {
            var numbers = plan.AptRuns.Select(run => model.Locate(run.Span).Start.Line).ToList();
            var lines = numbers.Count == 1
                ? $"line {numbers[0]}"
                : $"lines {string.Join(", ", numbers[..^1])} and {numbers[^1]}";
            changes.Add(new(
                $"Merged the package updates and installs of {lines} into one RUN per stage with "
                + "--no-install-recommends, removing the apt lists in the same RUN.",
                "One index download per stage, no recommended extras, and no lists left in a "
                + "layer."));
        }
    }

    private void AddSourceStepChange(List<ChangeExplanation> changes)
    {
        var programs = plan.Steps.Values.SelectMany(steps => steps)
            .Where(step => step.Kind == StepKind.Source && step.Program is not null)
            .Select(step => step.Program!)
            .Distinct()
            .ToList();
        if (programs.Count > 0)
        {
            changes.Add(new(
                $"The build steps ({string.Join(", ", programs)}) run in the builder, in the "
                + "same order as in the original against its COPY instructions, so they see "
                + "the same files; the final stage copies their results from it.",
                "Their tools stay out of the final image while the files arrive prepared."));
        }
    }

    private IEnumerable<Step> StepsOf(StepKind kind) =>
        plan.Steps.Values.SelectMany(steps => steps).Where(step => step.Kind == kind);

    private void AddFolderChange(List<ChangeExplanation> changes)
    {
        var programs = StepsOf(StepKind.Folders).Select(step => step.Program).Distinct().ToList();
        if (programs.Count > 0)
        {
            changes.Add(new(
                $"The final stage runs the folder steps ({string.Join(", ", programs)}) again "
                + "after copying the application from the builder.",
                "A copy from another stage gives root every file, so owners and modes set in "
                + "the builder would be lost."));
        }
    }

    private void AddUserInstallChange(List<ChangeExplanation> changes)
    {
        if (StepsOf(StepKind.Dependencies).Any(step =>
            step.Package is { Manager: Shell.Commands.PackageManager.Pip } pip
            && pip.HasOption("--user")))
        {
            changes.Add(new(
                "pip installs without --user.",
                "pip refuses --user inside a virtual environment; the environment is copied "
                + "with modes that let every user, the final USER included, read and run it."));
        }
    }

    private void AddHealthChange(List<ChangeExplanation> changes)
    {
        if (plan.HealthPackages.Count > 0)
        {
            var names = string.Join(" and ", plan.HealthPackages);
            changes.Add(new(
                $"The final stage installs {names}, which the HEALTHCHECK, CMD or ENTRYPOINT "
                + "calls.",
                $"{stage.BaseName} has {names}; {RuntimeImage} does not, so a health check would "
                + "fail and the container report unhealthy, or the command would not start."));
        }
    }

    private void AddUvChanges(List<ChangeExplanation> changes)
    {
        var uv = plan.Steps.Values.SelectMany(steps => steps)
            .Select(step => step.Package)
            .Where(package => package?.Manager == Shell.Commands.PackageManager.Uv)
            .ToList();
        if (uv.Any(package => package!.SubcommandText == "sync"))
        {
            changes.Add(new(
                "uv sync installs into the virtual environment (UV_PROJECT_ENVIRONMENT) with "
                + "--no-install-project.",
                "Without the setting uv would fill the project's own .venv; the project's "
                + "sources arrive after the dependencies and run from the application folder."));
        }

        if (uv.Any(package => package!.SubcommandText.StartsWith("pip", StringComparison.Ordinal)
            && package.HasOption("--system")))
        {
            changes.Add(new(
                "uv pip installs without --system.",
                "--system would pass over the virtual environment the final stage copies."));
        }
    }

    private string ToolSentence() => plan.Tools.Count > 0
        ? $"{string.Join(" and ", plan.Tools.Distinct())}, pip's cache and build files stay in "
            + "the builder while the installed packages ship."
        : "pip's cache and build files stay in the builder while the installed packages ship.";

    private IEnumerable<string> Originals() =>
        plan.Steps.Values.SelectMany(steps => steps)
            .Where(step => step.Kind == StepKind.SystemPackages)
            .SelectMany(step => step.Package!.Packages.Select(package => package.Name));

    private long Sum(IEnumerable<string> names) =>
        packages.TotalInstalledSize(names, facts.Release);
}
