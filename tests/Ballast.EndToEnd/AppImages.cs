using Ballast.Engines;
using Ballast.Rewrite;
using Ballast.Text;

namespace Ballast.EndToEnd;

/// <summary>
/// One app under <c>apps/</c>: its careless single-stage Dockerfile and the multi-stage
/// rewrite <c>ballast fix --multi-stage</c> writes for it, each built once, on first use, with
/// the same engine and build options.
/// </summary>
public sealed class AppImages
{
    private readonly BuildahEngine engine;
    private readonly BuildOptions options;
    private readonly Lazy<Task<BuildResult>> singleStage;
    private readonly Lazy<Task<BuildResult>> multiStage;

    /// <summary>Describes the app in <paramref name="directory"/>; nothing is built yet.
    /// </summary>
    public AppImages(BuildahEngine engine, string name, string directory, BuildOptions options)
    {
        this.engine = engine;
        this.options = options;
        Name = name;
        Directory = directory;
        singleStage = new(() => BuildAsync(Path.Combine(directory, "Dockerfile"), SingleStageTag));
        multiStage = new(() => BuildAsync(WriteRewrite(), MultiStageTag));
    }

    /// <summary>The app's folder name, which also names its images.</summary>
    public string Name { get; }

    /// <summary>The build context, holding the careless Dockerfile.</summary>
    public string Directory { get; }

    /// <summary>The tag of the careless Dockerfile's image.</summary>
    public string SingleStageTag => $"localhost/ballast-e2e/{Name}:single";

    /// <summary>The tag of the rewrite's image.</summary>
    public string MultiStageTag => $"localhost/ballast-e2e/{Name}:multi";

    /// <summary>The image of the careless Dockerfile.</summary>
    public Task<BuildResult> SingleStage => singleStage.Value;

    /// <summary>The image of Ballast's rewrite.</summary>
    public Task<BuildResult> MultiStage => multiStage.Value;

    /// <summary>The multi-stage Dockerfile Ballast wrote, once <see cref="MultiStage"/> has
    /// been asked for.</summary>
    public string? Rewrite { get; private set; }

    /// <summary>Removes the images this run built, so the store keeps only the stand-ins.
    /// </summary>
    public async Task RemoveAsync()
    {
        var builds = new[] { (singleStage, SingleStageTag), (multiStage, MultiStageTag) };
        foreach (var (build, tag) in builds)
        {
            if (build.IsValueCreated && build.Value.IsCompletedSuccessfully)
            {
                await engine.RemoveAsync(tag);
            }
        }
    }

    /// <summary>Writes Ballast's rewrite of the careless Dockerfile outside the repository and
    /// returns its path: the image the tests call multi-stage is Ballast's own output.</summary>
    private string WriteRewrite()
    {
        var original = File.ReadAllText(Path.Combine(Directory, "Dockerfile"));
        var result = Fixer.Default.Fix(new SourceText(original, "Dockerfile"),
            new FixOptions(MultiStage: true, ContextDirectory: Directory));
        Rewrite = result.NewText;
        var path = Path.Combine(Path.GetTempPath(),
            $"ballast-e2e-{Environment.ProcessId}-{Name}.Dockerfile");
        File.WriteAllText(path, result.NewText);
        return path;
    }

    private Task<BuildResult> BuildAsync(string dockerfile, string tag)
        => engine.BuildAsync(dockerfile, Directory, tag, options);
}
