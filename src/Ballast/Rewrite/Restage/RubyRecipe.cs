using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Shell.Commands;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Ruby build (bundler) on an official ruby image: the builder keeps the
/// compilers, headers and git and installs the gems into <c>/usr/local/bundle</c> from the
/// manifests copied ahead of the sources; the final stage, on the slim image of the same release
/// (alpine stays alpine), installs the runtime library of each <c>-dev</c> package and copies the
/// gems and the application folder.
/// </summary>
public sealed class RubyRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    /// <inheritdoc />
    public override string Name => "ruby";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        if (Describe(stage)?.Family != "ruby")
        {
            return Recognition.No($"{stage.BaseName} is not an official ruby image");
        }

        return stage.PackageUses().Any(use => use.Command.Manager == PackageManager.Bundler
            && use.Command.Action == PackageAction.Install)
            ? Recognition.Yes
            : Recognition.No("no bundle install was found");
    }

    /// <inheritdoc />
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        var stage = model.Stages[0];
        if (Describe(stage) is not { } facts || images.SlimTwin(facts) is not { } runtimeTag)
        {
            return RestageResult.Skipped(text,
                $"no slim ruby image of the same release as {stage.BaseName} is known");
        }

        var layout = new RubyLayout(stage, contextDirectory);
        var plan = ApplicationPlan.Make(model, stage, layout, facts, packages);
        if (plan.SkippedBecause is { } reason)
        {
            return RestageResult.Skipped(text, reason);
        }

        if (facts.Variant != Variant.Full && plan.SystemPackages.Builder.Count == 0)
        {
            return RestageResult.Skipped(text, $"{stage.BaseName} is already a small image and "
                + "the build installs no build packages; a second stage would not make the image "
                + "smaller");
        }

        var runtime = stage.BaseImage!.WithTag(runtimeTag).ToString();
        var why = runtime == stage.BaseText
            ? $"The same image without the compilers and headers the build installed."
            : $"The slim image is the same Ruby on the same release ({facts.Release}) without "
                + "the compilers, headers and tools of the full image; bundler is part of it.";
        return new ApplicationReport(model, stage, plan, layout, facts, images, packages)
            .Restage(runtime, why);
    }

    private BaseImageFacts? Describe(Stage stage) =>
        stage.BaseImage is { } image
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;
}
