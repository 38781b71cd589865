using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>Says, one sentence each, what a Ruby or PHP restage changed and why, and estimates
/// the effect from the knowledge data.</summary>
internal sealed class ApplicationReport(
    DockerfileModel model,
    Stage stage,
    ApplicationPlan plan,
    ApplicationLayout layout,
    BaseImageFacts facts,
    BaseImageCatalog images,
    PackageFacts packages)
{
    /// <summary>Writes the stages and explains them; <paramref name="whyRuntime"/> says why the
    /// runtime base fits.</summary>
    public RestageResult Restage(string runtimeImage, string whyRuntime)
    {
        var writer = new ApplicationWriter(model, stage, plan, layout, runtimeImage);
        var text = writer.Write();
        var changes = new List<ChangeExplanation>
        {
            new($"Split the build into a builder stage on {stage.BaseName} and a final stage on "
                + $"{runtimeImage}.", whyRuntime),
        };
        AddPackageChanges(changes);
        changes.AddRange(layout.Changes);
        if (writer.ManifestsFirst)
        {
            changes.Add(new(
                $"Copied {string.Join(" and ", layout.Manifests)} before the rest of the source "
                + "and installed the dependencies from them.",
                "A source change now reuses the cached dependency layer instead of reinstalling."));
        }

        changes.AddRange(writer.CommandChanges);
        AddReleaseChange(changes, runtimeImage);
        return new RestageResult(text, changes, Estimate(runtimeImage), null);
    }

    private void AddPackageChanges(List<ChangeExplanation> changes)
    {
        changes.AddRange(plan.SystemPackages.Explain(facts.Release,
            "needed to compile extensions and fetch dependencies, not to run the application."));

        if (plan.PackageRuns.Count > 0)
        {
            var numbers = plan.PackageRuns
                .Select(run => model.Locate(run.Span).Start.Line).ToList();
            var lines = numbers.Count == 1
                ? $"line {numbers[0]}"
                : $"lines {string.Join(", ", numbers[..^1])} and {numbers[^1]}";
            changes.Add(new(
                $"Merged the system package installs of {lines} into one RUN per stage that "
                + "leaves no package index behind.",
                "One index download per stage and no lists or caches left in a layer."));
        }
    }

    private void AddReleaseChange(List<ChangeExplanation> changes, string runtimeImage)
    {
        // A slim twin without a suite follows the same default as the builder's tag, so only
        // a final image that names the release can drift from the builder.
        if (facts.ReleaseIsCertain || facts.Release.Length == 0
            || runtimeImage == stage.BaseText
            || !runtimeImage.Split(':', '-').Contains(facts.Release, StringComparer.Ordinal))
        {
            return;
        }

        changes.Add(new(
            $"The final stage names {facts.Release}, the release {stage.BaseName} is built on "
            + "today.",
            "The builder's tag follows the image's default release; pin it with the release "
            + "suffix so both stages keep matching."));
    }

    private IReadOnlyList<string> Estimate(string runtimeImage)
    {
        var lines = new List<string>();
        var runtime = Model.ImageReference.Parse(runtimeImage);
        var small = runtime is null
            ? null
            : images.Describe(runtime.ShortRepository, runtime.EffectiveTag)?
                .EstimatedCompressedBytes;
        if (runtimeImage == stage.BaseText)
        {
            lines.Add($"Base image: unchanged ({stage.BaseName} in both stages); the gain is "
                + "what the build installed for itself.");
        }
        else if (facts.EstimatedCompressedBytes is { } big && small is { } known && big > known)
        {
            lines.Add($"Base image: about {Sizes.Megabytes(big - known)} smaller compressed "
                + $"({stage.BaseName} to {runtimeImage}, from published image sizes and the "
                + "knowledge data's estimates).");
        }

        var removed = Sum(plan.SystemPackages.Builder);
        if (removed > 0)
        {
            var added = Sum(plan.SystemPackages.Runtime.Except(plan.OriginalPackages));
            lines.Add($"Packages: about {Sizes.Megabytes(removed)} of build-only packages "
                + $"({string.Join(", ", plan.SystemPackages.Builder)}) leave the final image, "
                + $"{Sizes.Megabytes(added)} of runtime libraries come in (installed sizes on "
                + $"{facts.Release}, dependencies not counted).");
        }

        lines.AddRange(layout.Estimate);
        lines.Add(RestageResult.EstimateSource);
        return lines;
    }

    private long Sum(IEnumerable<string> names) =>
        packages.TotalInstalledSize(names, facts.Release);
}
