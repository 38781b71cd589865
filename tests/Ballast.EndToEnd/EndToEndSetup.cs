using Ballast.Engines;
using Xunit;

namespace Ballast.EndToEnd;

/// <summary>
/// The engine and stand-in base images the end-to-end tests need, checked once per run, and
/// the apps, each of whose two images is built once on first use. A missing setup fails every
/// test unless <c>BALLAST_E2E=optional</c>, in which case the tests are skipped with the reason.
/// </summary>
public sealed class EndToEndSetup : IAsyncLifetime
{
    /// <summary>The machine's CA bundle: npm in a build reaches the registry through this
    /// machine's network, which may intercept TLS with its own authority.</summary>
    private const string CertificateBundle = "/etc/ssl/certs/ca-certificates.crt";

    private static readonly string[] BaseImages =
    [
        "docker.io/library/debian:bookworm",
        "docker.io/library/debian:bookworm-slim",
        "docker.io/library/python:3.11-bookworm",
        "docker.io/library/python:3.11-slim-bookworm",
        "docker.io/library/golang:1.19-bookworm",
        "docker.io/library/rust:1.63-bookworm",
        "docker.io/library/node:18-bookworm",
        "docker.io/library/node:18-bookworm-slim",
        "gcr.io/distroless/static-debian12:latest",
        "gcr.io/distroless/static-debian12:nonroot",
        "gcr.io/distroless/cc-debian12:latest",
        "docker.io/library/eclipse-temurin:17-jdk-jammy",
        "docker.io/library/eclipse-temurin:17-jre-jammy",
    ];

    private readonly Dictionary<string, AppImages> apps;

    public EndToEndSetup()
    {
        StorageOptions = new EngineOptions
        {
            GlobalArguments = ["--storage-driver", StorageDriver],
            Isolation = "chroot",
            CommandTimeout = TimeSpan.FromMinutes(5),
        };
        Engine = new BuildahEngine(StorageOptions);
        Files = new ImageFilesystem(StorageDriver);
        var offline = new BuildOptions
        {
            Pull = PullPolicy.Never,
            Timeout = TimeSpan.FromMinutes(15),
        };
        var registry = offline with { Volumes = CertificateVolumes() };
        apps = new[]
        {
            App("pyext", offline),
            App("goclock", offline),
            App("rustcalc", offline),
            App("nodeapp", registry),
            App("javaloan", offline),
        }.ToDictionary(app => app.Name);
    }

    /// <summary>The vfs driver works everywhere, including inside other containers.</summary>
    public static string StorageDriver
        => Environment.GetEnvironmentVariable("STORAGE_DRIVER") is { Length: > 0 } driver
            ? driver
            : "vfs";

    public EngineOptions StorageOptions { get; }

    public BuildahEngine Engine { get; }

    public ImageFilesystem Files { get; }

    /// <summary>The Python app with a native libpq extension.</summary>
    public AppImages Pyext => apps["pyext"];

    /// <summary>The app in <c>apps/<paramref name="name"/></c>.</summary>
    public AppImages this[string name] => apps[name];

    /// <summary>Why the tests cannot run here, or null when the setup is complete.</summary>
    public string? Missing { get; private set; }

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
        foreach (var app in apps.Values)
        {
            await app.RemoveAsync();
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

    private AppImages App(string name, BuildOptions options)
        => new(Engine, name,
            Path.Combine(RepositoryRoot(), "tests", "Ballast.EndToEnd", "apps", name), options);

    /// <summary>The CA bundle, mounted where the stand-ins' Debian OpenSSL looks for it, which
    /// Debian's Node uses too; on a machine without one, the image's own stays.</summary>
    private static List<BuildVolume> CertificateVolumes()
        => File.Exists(CertificateBundle)
            ? [new BuildVolume(CertificateBundle, CertificateBundle)]
            : [];

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
