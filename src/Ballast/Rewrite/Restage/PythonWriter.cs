using Ballast.Files;
using Ballast.Knowledge;
using Ballast.Model;
using ImageReference = Ballast.Model.ImageReference;

namespace Ballast.Rewrite.Restage;

/// <summary>Writes the two stages the Python recipe planned, and explains each change.</summary>
internal sealed class PythonWriter
{
    private readonly DockerfileModel model;
    private readonly Stage stage;
    private readonly PythonPlan plan;
    private readonly ImageReference runtimeImage;
    private readonly InstructionSource source;
    private readonly DockerfileWriter builder;
    private readonly DockerfileWriter final;
    private readonly PythonExplanations explanations;

    public PythonWriter(
        DockerfileModel model,
        Stage stage,
        PythonPlan plan,
        BaseImageFacts facts,
        ImageReference runtimeImage,
        BaseImageCatalog images,
        PackageFacts packages)
    {
        this.model = model;
        this.stage = stage;
        this.plan = plan;
        this.runtimeImage = runtimeImage;
        source = new InstructionSource(model.Syntax);
        var lineEnding = LineEndings.Dominant(model.Source.Text);
        builder = new DockerfileWriter(lineEnding, model.Syntax.Escape);
        final = new DockerfileWriter(lineEnding, model.Syntax.Escape);
        explanations = new PythonExplanations(model, stage, plan, facts, runtimeImage, images,
            packages);
    }

    public RestageResult Write()
    {
        WritePreamble();
        new BuilderStageWriter(stage, plan, source, builder).Write(FromLine(" AS builder"));
        new FinalStageWriter(stage, plan, source, final, explanations).Write(
            FromLine(""), runtimeImage.ToString());
        var text = builder + LineEndings.Dominant(model.Source.Text) + final;
        return new RestageResult(text, explanations.Changes(), explanations.Estimate(), null);
    }

    private void WritePreamble() =>
        RestagePreamble.Write(builder, model, stage, source,
            "compilers, headers and packaging tools stay in this stage.");

    private string FromLine(string suffix)
    {
        var from = stage.From;
        var flags = string.Concat(from.Flags.Select(flag =>
            " " + model.Source.Text.Substring(flag.Span.Start, flag.Span.Length)));
        var image = suffix.Length > 0
            ? stage.BaseText
            : MetaArgImage.Follow(model, stage, runtimeImage.ToString());
        return $"{from.Keyword}{flags} {image}{suffix}";
    }
}
