using System.CommandLine;
using Ballast.Engines;
using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Cli;

/// <summary>The engine and vulnerability options <c>image</c>, <c>compare</c> and
/// <c>measure</c> share.</summary>
internal sealed class EngineArguments
{
    public Option<string?> Engine { get; } = new("--engine")
    {
        Description = "docker, podman or buildah (default: the first that answers)",
    };

    public Option<string?> StorageDriver { get; } = new("--storage-driver")
    {
        Description = "Podman/Buildah storage driver, such as vfs (or set STORAGE_DRIVER)",
    };

    public Option<string?> Isolation { get; } = new("--isolation")
    {
        Description = "Podman/Buildah isolation: chroot, oci, rootless (or BUILDAH_ISOLATION)",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print each engine command to stderr",
    };

    public Option<string?> VulnDb { get; } = new("--vuln-db")
    {
        Description = "A folder of OSV records (default: the cache 'ballast db update' fills)",
    };

    public Option<string[]> VulnsFrom { get; } = new("--vulns-from")
    {
        Description = "A Trivy or Grype JSON report, given once per image in order",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Engine);
        command.Options.Add(StorageDriver);
        command.Options.Add(Isolation);
        command.Options.Add(Verbose);
        command.Options.Add(VulnDb);
        command.Options.Add(VulnsFrom);
    }

    public EngineLocator Locator(ParseResult result)
    {
        var driver = result.GetValue(StorageDriver);
        var options = new EngineOptions
        {
            GlobalArguments = driver is null ? [] : ["--storage-driver", driver],
            Isolation = result.GetValue(Isolation),
            CommandLog = result.GetValue(Verbose)
                ? command => Console.Error.WriteLine($"+ {command}")
                : null,
        };
        return new EngineLocator(options);
    }

    public Task<EngineSearch> FindAsync(ParseResult result, CancellationToken cancel) =>
        Locator(result).FindAsync(result.GetValue(Engine), cancel);

    public VulnerabilitySources Vulnerabilities(ParseResult result) => new(
        result.GetValue(VulnsFrom) ?? [],
        result.GetValue(VulnDb),
        VulnerabilityDatabaseLocation.DefaultDirectory(Environment.GetEnvironmentVariable));
}
