using Ballast.Images;
using Xunit;

namespace Ballast.Tests.Images;

public sealed class LayerAnalysisTests
{
    [Fact]
    public void Image_that_only_adds_files_wastes_nothing()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("a", 100))
            .Layer(new LayerBuilder().File("b", 50));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(150, analysis.TotalBytes);
        Assert.Equal(150, analysis.FinalBytes);
        Assert.Equal(0, analysis.WastedBytes);
        Assert.Equal(1.0, analysis.Efficiency);
        Assert.Empty(analysis.WastedPaths);
    }

    [Fact]
    public void Overwritten_file_wastes_the_bytes_of_the_hidden_version()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("app/data", 1000))
            .Layer(new LayerBuilder().File("app/data", 400));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(1000, analysis.WastedBytes);
        Assert.Equal(400.0 / 1400, analysis.Efficiency, precision: 6);
        Assert.Equal(1000, analysis.Layers[0].WastedBytes);
        Assert.Equal(1000, analysis.Layers[1].HiddenBytes);
        Assert.Equal(1, analysis.Layers[1].Changes.Changed);
        Assert.Equal(new WastedPath("app/data", 1, 1000), analysis.WastedPaths.Single());
    }

    [Fact]
    public void Whiteout_deletes_a_lower_file_and_counts_it_removed()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("tmp/cache.bin", 700).File("keep", 10))
            .Layer(new LayerBuilder().Whiteout("tmp/cache.bin"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(10, analysis.FinalBytes);
        Assert.Equal(700, analysis.WastedBytes);
        Assert.Equal(1, analysis.Layers[1].Changes.Removed);
        Assert.DoesNotContain(analysis.LargestFiles, f => f.Path == "tmp/cache.bin");
    }

    [Fact]
    public void Whiteout_of_a_directory_wastes_everything_beneath_it()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("build/obj/a.o", 300).File("build/b.o", 200))
            .Layer(new LayerBuilder().Whiteout("build"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(500, analysis.WastedBytes);
        Assert.Equal(0, analysis.FinalBytes);
        Assert.Equal(500, analysis.Layers[1].HiddenBytes);
    }

    [Fact]
    public void Opaque_directory_hides_lower_children_even_when_its_marker_comes_last()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("etc/app/old.conf", 80).File("etc/app/sub/x", 20))
            .Layer(new LayerBuilder()
                .Directory("etc/app")
                .File("etc/app/new.conf", 30)
                .File("etc/app/sub/y", 5)
                .Opaque("etc/app"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(35, analysis.FinalBytes);
        Assert.Equal(100, analysis.WastedBytes);
        Assert.Equal(
            ["etc/app/new.conf", "etc/app/sub/y"],
            analysis.LargestFiles.Select(f => f.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Opaque_directory_keeps_what_its_own_layer_wrote_before_the_marker()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("d/lower", 9))
            .Layer(new LayerBuilder().File("d/upper", 4).Opaque("d"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal("d/upper", analysis.LargestFiles.Single().Path);
    }

    [Fact]
    public void Whiteout_does_not_delete_a_file_its_own_layer_wrote()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("f", 9))
            .Layer(new LayerBuilder().File("f", 3).Whiteout("f"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(3, analysis.FinalBytes);
        Assert.Equal(9, analysis.WastedBytes);
    }

    [Fact]
    public void Hard_links_are_counted_without_adding_bytes()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("usr/bin/python3.12", 5000)
            .HardLink("usr/bin/python3", "usr/bin/python3.12"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(1, analysis.Layers[0].Changes.HardLinks);
        Assert.Equal(5000, analysis.TotalBytes);
        Assert.Equal(5000, analysis.FinalBytes);
    }

    [Fact]
    public void Changing_only_a_directory_keeps_its_children()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().Directory("srv").File("srv/site", 60))
            .Layer(new LayerBuilder().Directory("srv"));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(60, analysis.FinalBytes);
        Assert.Equal(1, analysis.Layers[1].Changes.Changed);
        Assert.Equal(0, analysis.Layers[1].Changes.Added);
    }

    [Fact]
    public void File_replacing_a_directory_hides_the_whole_directory()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("opt/tool/bin", 40).File("opt/tool/lib", 60))
            .Layer(new LayerBuilder().File("opt/tool", 5));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(5, analysis.FinalBytes);
        Assert.Equal(100, analysis.WastedBytes);
    }

    [Fact]
    public void Added_changed_and_entry_counts_are_per_layer()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("a", 1).File("b", 1))
            .Layer(new LayerBuilder().File("b", 2).File("c", 2).Whiteout("a"));

        var changes = ImageReads.Succeed(image).Layers[1].Changes;

        Assert.Equal(new LayerChanges(Added: 1, Changed: 1, Removed: 1, HardLinks: 0,
            Entries: 3), changes);
    }

    [Fact]
    public void History_is_paired_with_layers_skipping_empty_steps()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("a", 1), "/bin/sh -c #(nop) ADD file:abc in / ")
            .EmptyStep("/bin/sh -c #(nop)  CMD [\"bash\"]")
            .EmptyStep("ENV X=1")
            .Layer(new LayerBuilder().File("b", 1), "RUN /bin/sh -c make # buildkit");

        var analysis = ImageReads.Succeed(image);

        Assert.True(analysis.HistoryMatched);
        Assert.Equal("ADD file:abc in /", analysis.Layers[0].Instruction);
        Assert.Equal("RUN /bin/sh -c make", analysis.Layers[1].Instruction);
    }

    [Fact]
    public void Missing_history_leaves_layers_unattributed_and_says_so()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("a", 1))
            .OmitHistory();

        var analysis = ImageReads.Succeed(image);

        Assert.False(analysis.HistoryMatched);
        Assert.Null(analysis.Layers[0].CreatedBy);
        Assert.Contains(analysis.Notes, note => note.Contains("History"));
    }

    [Fact]
    public void Largest_files_and_directories_are_ordered_by_size()
    {
        var image = new TestImage().Layer(new LayerBuilder()
            .File("usr/lib/big.so", 900)
            .File("usr/lib/small.so", 100)
            .File("etc/conf", 50));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(["usr/lib/big.so", "usr/lib/small.so", "etc/conf"],
            analysis.LargestFiles.Select(f => f.Path));
        Assert.Equal(new DirectoryUsage("usr", 1000, 2), analysis.LargestDirectories[0]);
        Assert.Equal(new DirectoryUsage("usr/lib", 1000, 2), analysis.LargestDirectories[1]);
        Assert.Equal(new DirectoryUsage("etc", 50, 1), analysis.LargestDirectories[2]);
    }

    [Fact]
    public void Top_count_limits_the_largest_lists()
    {
        var layer = new LayerBuilder();
        for (var i = 0; i < 10; i++)
        {
            layer.File($"f{i}", i + 1);
        }

        var analysis = ImageReads.Succeed(new TestImage().Layer(layer).OciArchive(),
            new ImageReadOptions { TopCount = 3 });

        Assert.Equal([10L, 9L, 8L], analysis.LargestFiles.Select(f => f.Size));
        Assert.Equal(10, analysis.FileCount);
    }

    [Fact]
    public void Dot_slash_prefixed_names_land_on_the_same_paths()
    {
        var image = new TestImage()
            .Layer(new LayerBuilder().File("./etc/motd", 10))
            .Layer(new LayerBuilder().File("etc/motd", 4));

        var analysis = ImageReads.Succeed(image);

        Assert.Equal(10, analysis.WastedBytes);
    }
}
