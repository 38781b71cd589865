using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage PHP build (composer, compiled extensions) on an official php image.
/// php has no slim variant and its Debian images keep the compilers by design, so both stages
/// use the original image: the gain is what the build installed for itself (headers, git,
/// unzip, composer, the development dependencies), which stays in the builder while the final
/// stage takes the compiled extensions, the runtime libraries and the application.
/// </summary>
public sealed class PhpRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    /// <inheritdoc />
    public override string Name => "php";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        if (Describe(stage)?.Family != "php")
        {
            return Recognition.No($"{stage.BaseName} is not an official php image");
        }

        var layout = new PhpLayout(stage, null);
        return stage.PackageUses().Any(use => layout.IsDependencyInstall(use.Command))
            ? Recognition.Yes
            : Recognition.No("no composer install was found");
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        if (Describe(stage) is not { } facts)
        {
            return RestageResult.Skipped(text, $"{stage.BaseName} is not an official php image");
        }

        var layout = new PhpLayout(stage, contextDirectory);
        var plan = ApplicationPlan.Make(model, stage, layout, facts, packages);
        if (plan.SkippedBecause is { } reason)
        {
            return RestageResult.Skipped(text, reason);
        }

        if (plan.OriginalPackages.FirstOrDefault(name => name.Contains('$')) is { } variable)
        {
            return RestageResult.Skipped(text, $"the package list names {variable}, a variable "
                + "the recipe cannot split into build and runtime packages");
        }

        if (layout.BuildsExtensions && stage.BaseImage?.Digest is null
            && stage.BaseImage?.Tag is null or "latest")
        {
            return RestageResult.Skipped(text, "extensions compiled on an unpinned php image "
                + "could be copied into a different PHP version; name a version tag first");
        }

        return new ApplicationReport(model, stage, plan, layout, facts, images, packages)
            .Restage(stage.BaseText, layout.BuildsExtensions
                ? "php has no slim variant; the final stage is the same image, so the compiled "
                    + "extensions it copies match its PHP version and paths."
                : "php has no slim variant; the final stage is the same image without what the "
                    + "build installed for itself.");
    }

    private BaseImageFacts? Describe(Stage stage) =>
        stage.BaseImage is { } image
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;
}
