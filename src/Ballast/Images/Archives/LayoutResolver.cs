using System.Runtime.InteropServices;

namespace Ballast.Images.Archives;

/// <summary>
/// Finds the image in a store: through <c>index.json</c> for OCI layouts (also Docker 25+
/// saves, which carry both), else through docker save's <c>manifest.json</c>.
/// </summary>
internal sealed class LayoutResolver(IBlobStore store, ImageReadOptions options)
{
    private const int MaxIndexDepth = 4;
    private const string AttestationKey = "vnd.docker.reference.type";

    private readonly JsonBlobReader json = new(store, options);

    public ImageLayout Resolve(bool isDirectory)
    {
        // OCI first: its descriptors carry compressed sizes and media types.
        if (store.Exists("index.json"))
        {
            return ResolveOci(isDirectory ? ImageFormat.OciLayout : ImageFormat.OciArchive);
        }

        if (store.Exists("manifest.json"))
        {
            return ResolveDocker();
        }

        throw new InvalidImageException(
            "found neither index.json (OCI layout) nor manifest.json (docker save)",
            "archive root");
    }

    private ImageLayout ResolveOci(ImageFormat format)
    {
        var index = json.Read(
            new BlobReference("index.json", null), ImageJsonContext.Default.OciDocument);
        var manifest = FindManifest(index, "index.json", depth: 0);
        var config = manifest.Config
            ?? throw new InvalidImageException("the manifest has no config", "manifest");
        var layers = (manifest.Layers ?? [])
            .Select(layer => new LayerSource(
                BlobDigest.BlobPath(layer.Digest, "manifest layer"),
                layer.Digest,
                layer.MediaType,
                layer.Size))
            .ToList();
        var configPath = BlobDigest.BlobPath(config.Digest, "manifest config");
        return new ImageLayout(format, new BlobReference(configPath, config.Digest), layers);
    }

    private OciDocument FindManifest(OciDocument document, string location, int depth)
    {
        if (document.Layers is not null || document.Config is not null)
        {
            return document;
        }

        if (depth > MaxIndexDepth)
        {
            throw new InvalidImageException("indexes are nested too deeply", location);
        }

        var chosen = ChoosePlatform(document.Manifests ?? [], location);
        var path = BlobDigest.BlobPath(chosen.Digest, location);
        var child = json.Read(
            new BlobReference(path, chosen.Digest), ImageJsonContext.Default.OciDocument);
        return FindManifest(child, path, depth + 1);
    }

    private OciDescriptor ChoosePlatform(List<OciDescriptor> manifests, string location)
    {
        // BuildKit stores provenance as extra manifests for platform unknown/unknown.
        var images = manifests
            .Where(m => m.Platform?.Os != "unknown")
            .Where(m => m.Annotations?.GetValueOrDefault(AttestationKey) is null)
            .ToList();
        if (images.Count == 0)
        {
            throw new InvalidImageException("the index lists no image manifest", location);
        }

        var wanted = options.Platform ?? $"linux/{MachineArchitecture()}";
        var match = images.FirstOrDefault(m => Matches(m.Platform, wanted));
        if (match is not null || options.Platform is null)
        {
            return match ?? images[0];
        }

        var available = string.Join(", ", images.Select(m => Describe(m.Platform)));
        throw new InvalidImageException(
            $"no manifest for platform {options.Platform}; available: {available}", location);
    }

    private ImageLayout ResolveDocker()
    {
        var manifest = json.Read(
            new BlobReference("manifest.json", null),
            ImageJsonContext.Default.ListDockerManifestEntry);
        var image = manifest.FirstOrDefault()
            ?? throw new InvalidImageException("lists no image", "manifest.json");
        var configPath = EntryPath.Normalize(
            image.Config ?? throw new InvalidImageException("no Config", "manifest.json"),
            "manifest.json");
        var layers = (image.Layers ?? [])
            .Select(layer => new LayerSource(
                EntryPath.Normalize(layer, "manifest.json"), null, null, null))
            .ToList();
        var config = new BlobReference(configPath, DigestFromName(configPath));
        return new ImageLayout(ImageFormat.DockerArchive, config, layers);
    }

    /// <summary>docker save names the config after its sha256, as a blob or as hex.json.
    /// </summary>
    private static string? DigestFromName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        var isHex = name.Length == 64 && name.All(char.IsAsciiHexDigitLower);
        return isHex ? "sha256:" + name : null;
    }

    private static bool Matches(OciPlatform? platform, string wanted)
    {
        if (platform is null)
        {
            return false;
        }

        var parts = wanted.Split('/');
        return parts.Length >= 2
            && platform.Os == parts[0]
            && platform.Architecture == parts[1]
            && (parts.Length == 2 || platform.Variant == parts[2]);
    }

    private static string Describe(OciPlatform? platform) =>
        platform is null ? "unspecified" : $"{platform.Os}/{platform.Architecture}";

    private static string MachineArchitecture() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        Architecture.X86 => "386",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64le",
        _ => "amd64",
    };
}
