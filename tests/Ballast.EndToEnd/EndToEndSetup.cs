using Ballast.Engines;
using Ballast.Rewrite;
using Ballast.Text;
using Xunit;

namespace Ballast.EndToEnd;

/// <summary>
/// The engine and stand-in base images the end-to-end tests need, checked once per run, and
/// the two app images, each built once on first use. A missing setup fails every test unless
/// <c>BALLAST_E2E=optional</c>, in which case the tests are skipped with the reason.
/// </summary>
public sealed class EndToEndSetup : IAsyncLifetime
{
    public const string SingleStageTag = "localhost/ballast-e2e/pyext:single";
    public const string MultiStageTag = "localhost/ballast-e2e/pyext:multi";

    private static readonly string[] BaseImages =
    [
        "docker.io/library/debian:bookworm",
        "docker.io/library/debian:bookworm-slim",
        "docker.io/library/python:3.11-bookworm",
        "docker.io/library/python:3.11-slim-bookworm",
    ];

    private readonly Lazy<Task<BuildResult>> singleStage;
    private readonly Lazy<Task<BuildResult>> multiStage;

    public EndToEndSetup()
    {
        StorageOptions = new EngineOptions
        {
            GlobalArguments = ["--storage-driver", StorageDriver],
            Isolation = "chroot",
            CommandTimeout = TimeSpan.FromMinutes(5),
        };
        Engine = new BuildahEngine(StorageOptions);
        AppDirectory = Path.Combine(
            RepositoryRoot(), "tests", "Ballast.EndToEnd", "apps", "pyext");
        singleStage = new(() => BuildAsync("Dockerfile", SingleStageTag));
        multiStage = new(() => BuildAsync(WriteRewrite(), MultiStageTag));
    }

    /// <summary>The vfs driver works everywhere, including inside other containers.</summary>
    public static string StorageDriver
        => Environment.GetEnvironmentVariable("STORAGE_DRIVER") is { Length: > 0 } driver
            ? driver
            : "vfs";

    public EngineOptions StorageOptions { get; }

    public BuildahEngine Engine { get; }

    public string AppDirectory { get; }

    /// <summary>Why the tests cannot run here, or null when the setup is complete.</summary>
    public string? Missing { get; private set; }

    public Task<BuildResult> SingleStage => singleStage.Value;

    public Task<BuildResult> MultiStage => multiStage.Value;

    public async Task InitializeAsync()
    {
        var availability = await Engine.CheckAvailabilityAsync();
        if (!availability.IsAvailable)
        {
            Missing = $"buildah is not usable ({availability.Detail}); "
                + "run tests/Ballast.EndToEnd/setup/install-engines.sh";
            return;
        }

        foreach (var image in BaseImages)
        {
            try
            {
                await Engine.InspectAsync(image);
            }
            catch (EngineException)
            {
                Missing = $"stand-in base image {image} is missing from the {StorageDriver} "
                    + "store; run tests/Ballast.EndToEnd/setup/make-base-images.sh";
                return;
            }
        }
    }

    public async Task DisposeAsync()
    {
        var builds = new[] { (singleStage, SingleStageTag), (multiStage, MultiStageTag) };
        foreach (var (build, tag) in builds)
        {
            if (build.IsValueCreated && build.Value.IsCompletedSuccessfully)
            {
                await Engine.RemoveAsync(tag);
            }
        }
    }

    /// <summary>Skips the calling test when the setup is missing and that is allowed, and
    /// fails it when not.</summary>
    public void Require()
    {
        if (Missing is null)
        {
            return;
        }

        var optional = Environment.GetEnvironmentVariable("BALLAST_E2E") == "optional";
        Skip.If(optional, $"End-to-end setup missing (BALLAST_E2E=optional): {Missing}");
        Assert.Fail($"End-to-end setup missing: {Missing}. Set BALLAST_E2E=optional to skip.");
    }

    /// <summary>The multi-stage Dockerfile <c>ballast fix --multi-stage</c> writes for the
    /// app, once the rewrite has been built.</summary>
    public string? Rewrite { get; private set; }

    /// <summary>Writes Ballast's rewrite of the careless Dockerfile outside the repository and
    /// returns its path: the image the tests call multi-stage is Ballast's own output.</summary>
    private string WriteRewrite()
    {
        var original = File.ReadAllText(Path.Combine(AppDirectory, "Dockerfile"));
        var result = Fixer.Default.Fix(new SourceText(original, "Dockerfile"),
            new FixOptions(MultiStage: true, ContextDirectory: AppDirectory));
        Rewrite = result.NewText;
        var path = Path.Combine(Path.GetTempPath(),
            $"ballast-e2e-{Environment.ProcessId}.Dockerfile");
        File.WriteAllText(path, result.NewText);
        return path;
    }

    private Task<BuildResult> BuildAsync(string dockerfile, string tag)
        => Engine.BuildAsync(
            Path.Combine(AppDirectory, dockerfile),
            AppDirectory,
            tag,
            new BuildOptions { Pull = PullPolicy.Never, Timeout = TimeSpan.FromMinutes(15) });

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ballast.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Ballast.slnx not found above {AppContext.BaseDirectory}");
    }
}
