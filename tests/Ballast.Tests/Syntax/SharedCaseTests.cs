using Ballast.Model;
using Ballast.Syntax;

namespace Ballast.Tests.Syntax;

public sealed class SharedCaseTests
{
    [Fact]
    public void Heredoc_after_a_continuation_belongs_to_the_continued_run()
    {
        var tree = DockerfileParser.Parse(TestCases.Dockerfile("01-heredoc-after-continuation"));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(["FROM", "RUN", "CMD"], tree.Instructions.Select(i => i.Name));
        var heredoc = Assert.Single(tree.Instructions[1].Heredocs);
        Assert.Equal("NOTE", heredoc.Name);
        Assert.Equal("this text is the heredoc body\n", heredoc.Body);
        Assert.Equal(5, tree.Source.GetPosition(tree.Instructions[1].Span.End).Line);
    }

    [Fact]
    public void Backtick_escape_continues_lines_and_keeps_backslashes()
    {
        var model = DockerfileModel.Parse(TestCases.Dockerfile("03-escape-backtick"));

        Assert.Empty(model.AllDiagnostics);
        Assert.Equal('`', model.Syntax.Escape);
        var env = model.Stages[0].Environment.Env;
        Assert.Equal(@"C:\app", env["APP_HOME"]);
        Assert.Equal(@"C:\app\data", env["APP_DATA"]);
        Assert.Equal(@"C:\app", model.Stages[0].Workdir);
    }

    [Fact]
    public void Global_arg_with_a_registry_port_resolves_the_base_image()
    {
        var model = DockerfileModel.Parse(TestCases.Dockerfile("05-arg-host-in-from"));

        var image = model.Stages[0].BaseImage;

        Assert.NotNull(image);
        Assert.Equal("registry.internal.example:5443", image.Registry);
        Assert.Equal("base/debian-min", image.Repository);
        Assert.Equal("2.4.1", image.Tag);
    }

    [Fact]
    public void Copy_from_through_an_arg_and_by_index_both_name_the_first_stage()
    {
        var model = DockerfileModel.Parse(TestCases.Dockerfile("07-copy-from-arg-and-index"));

        var copies = model.Stages[1].OfType<CopyInstruction>().ToList();

        Assert.Empty(model.AllDiagnostics);
        Assert.All(copies, copy => Assert.Same(model.Stages[0], copy.FromStage));
        Assert.Equal([model.Stages[0], model.Stages[1]], model.ReachableStages);
    }

    [Fact]
    public void Onbuild_right_after_from_is_a_normal_instruction()
    {
        var tree = DockerfileParser.Parse(TestCases.Dockerfile("08-onbuild-after-from"));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal("COPY", tree.Instructions[1].Trigger?.Name);
    }

    [Fact]
    public void Mount_options_parse_in_any_order()
    {
        var model = DockerfileModel.Parse(TestCases.Dockerfile("10-cache-mount-option-order"));

        var run = Assert.Single(model.Stages[0].OfType<RunInstruction>());

        Assert.Equal(["/var/lib/apt", "/var/cache/apt"], run.CacheMountTargets);
    }

    [Fact]
    public void Trailing_spaces_are_not_part_of_the_destination()
    {
        var text = TestCases.Dockerfile("15-trailing-spaces");

        var model = DockerfileModel.Parse(text);

        var copy = Assert.Single(model.Stages[0].OfType<CopyInstruction>());
        Assert.Equal(".", copy.Destination?.Text);
        Assert.Equal(text, model.Syntax.ToFullString());
    }
}
