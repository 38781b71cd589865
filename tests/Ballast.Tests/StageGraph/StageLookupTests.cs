using Ballast.Model;

namespace Ballast.Tests.StageGraph;

public sealed class StageLookupTests
{
    [Fact]
    public void From_names_an_earlier_stage_ignoring_case()
    {
        var model = DockerfileModel.Parse("FROM alpine AS Build\nFROM BUILD\n");

        Assert.Same(model.Stages[0], model.Stages[1].ParentStage);
        Assert.Null(model.Stages[1].BaseImage);
    }

    [Fact]
    public void A_name_used_twice_means_its_first_stage()
    {
        var model = DockerfileModel.Parse(
            "FROM alpine AS a\nFROM debian AS a\nFROM a\nCOPY --from=a /x /x\n");
        var copy = model.Stages[2].OfType<CopyInstruction>().Single();

        Assert.Same(model.Stages[0], model.Stages[2].ParentStage);
        Assert.Same(model.Stages[0], copy.FromStage);
    }

    [Fact]
    public void Copy_from_a_later_stage_finds_no_stage()
    {
        var model = DockerfileModel.Parse(
            "FROM alpine AS first\nCOPY --from=second /x /x\nFROM alpine AS second\n");
        var copy = model.Stages[0].OfType<CopyInstruction>().Single();

        Assert.Null(copy.FromStage);
        Assert.Empty(model.Stages[0].Dependencies);
    }

    [Fact]
    public void A_stage_named_after_an_image_is_not_its_own_parent()
    {
        var model = DockerfileModel.Parse("FROM alpine AS alpine\nRUN true\n");

        Assert.Null(model.Stages[0].ParentStage);
        Assert.NotNull(model.Stages[0].BaseImage);
    }

    [Fact]
    public void Target_option_picks_the_named_stage()
    {
        var syntax = Ballast.Syntax.DockerfileParser.Parse("FROM a AS one\nFROM b AS two\n");

        var model = DockerfileModel.Build(syntax, new ModelOptions(Target: "ONE"));

        Assert.Same(model.Stages[0], model.Target);
    }
}
