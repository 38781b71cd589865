using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Restages a single-stage Python build (pip, poetry) on an official python image into a
/// builder stage on the original image and a final stage on its slim variant of the same
/// release: dependencies go into a virtual environment that is copied over, development
/// packages are replaced by their runtime libraries, manifests are copied before sources.
/// </summary>
public sealed class PythonRecipe(BaseImageCatalog images, PackageFacts packages) : Recipe
{
    /// <summary>Where the builder puts the virtual environment the final stage copies.</summary>
    public const string VirtualEnvironment = "/opt/venv";

    /// <summary>The ENV that activates the virtual environment, in both stages.</summary>
    public const string ActivateLine =
        "ENV VIRTUAL_ENV=" + VirtualEnvironment + " PATH=\"" + VirtualEnvironment + "/bin:$PATH\"";

    /// <inheritdoc />
    public override string Name => "python";

    /// <inheritdoc />
    public override Recognition Recognise(DockerfileModel model, Stage stage)
    {
        var facts = stage.BaseImage is { } image
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;
        return facts?.Family == "python"
            ? Recognition.Yes
            : Recognition.No($"{stage.BaseName} is not an official python image");
    }

    /// <summary>Restages <paramref name="model"/>; <paramref name="contextDirectory"/> is the
    /// build context, used to see which lock files exist.</summary>
    public override RestageResult Restage(DockerfileModel model, string? contextDirectory)
    {
        var text = model.Source.Text;
        if (model.AllDiagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return RestageResult.Skipped(text, "the file has errors; fix them first");
        }

        if (model.Stages.Count != 1)
        {
            return RestageResult.Skipped(text,
                "the file already has several stages; the Python recipe restages single-stage "
                + "builds");
        }

        var stage = model.Stages[0];
        var facts = stage.BaseImage is { } image
            ? images.Describe(image.ShortRepository, image.EffectiveTag)
            : null;
        if (facts is null || facts.Family != "python")
        {
            return RestageResult.Skipped(text,
                $"the base image {stage.BaseName} is not an official python image Ballast knows");
        }

        var runtimeTag = facts.Variant == Variant.Slim ? facts.Tag : images.SlimTwin(facts);
        if (runtimeTag is null)
        {
            return RestageResult.Skipped(text,
                $"no slim variant of {stage.BaseName} on the same release is known");
        }

        var plan = PythonPlan.Make(model, stage, facts, packages, contextDirectory);
        if (plan.SkippedBecause is { } reason)
        {
            return RestageResult.Skipped(text, reason);
        }

        if (!plan.PaysOff(facts))
        {
            return RestageResult.Skipped(text,
                "the build ships no compilers, development packages or packaging tools; "
                + "a second stage would not make the image smaller");
        }

        var runtimeImage = stage.BaseImage!.WithTag(runtimeTag);
        return new PythonWriter(model, stage, plan, facts, runtimeImage, images, packages).Write();
    }
}
