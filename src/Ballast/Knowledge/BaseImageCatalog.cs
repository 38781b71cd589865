namespace Ballast.Knowledge;

/// <summary>
/// Facts about official base images, read offline from data embedded in the library: which
/// distro release a tag is built on (including how that changed over time), which variant it
/// is, whether it carries compilers, roughly how big it is, and which runtime image matches
/// it for the final stage of a multi-stage build. Sources are listed in
/// Knowledge/Data/base-images.tsv and docs/knowledge.md.
/// </summary>
public sealed class BaseImageCatalog
{
    private static readonly Lazy<BaseImageCatalog> DefaultCatalog =
        new(() => new BaseImageCatalog(LoadEmbedded(), TimeProvider.System));

    private static readonly string[] Families =
    [
        "python", "node", "ruby", "golang", "php", "rust", "eclipse-temurin", "openjdk",
        "maven", "gradle", "debian", "ubuntu", "alpine", "buildpack-deps",
    ];

    // The node release lines' codenames, which node also publishes as tags.
    private static readonly Dictionary<string, string> NodeCodenames =
        new(StringComparer.Ordinal)
    {
        ["gallium"] = "16", ["hydrogen"] = "18", ["iron"] = "20", ["jod"] = "22",
        ["krypton"] = "24",
    };

    private readonly CatalogTable table;
    private readonly TimeProvider clock;

    internal BaseImageCatalog(CatalogTable table, TimeProvider clock)
    {
        this.table = table;
        this.clock = clock;
    }

    /// <summary>The catalogue embedded in this library, loaded on first use.</summary>
    public static BaseImageCatalog Default => DefaultCatalog.Value;

    /// <summary>
    /// Describes <paramref name="repository"/>:<paramref name="tag"/>, or returns null when the
    /// repository is not a family the catalogue knows.
    /// </summary>
    /// <param name="repository">The repository as written after the registry
    /// (<c>python</c>, <c>library/python</c>, <c>dotnet/sdk</c>); registry forms such as
    /// <c>docker.io/library/python</c> and <c>mcr.microsoft.com/dotnet/sdk</c> work too.</param>
    /// <param name="tag">The tag; empty means <c>latest</c>.</param>
    /// <param name="asOf">When the image was built, if known. Tags without an OS token
    /// resolve through the family's default at that date; without it, at the last date a
    /// retired patch tag was published, or today.</param>
    public BaseImageFacts? Describe(string repository, string tag, DateOnly? asOf = null)
    {
        var name = NormalizeRepository(repository);
        var family = FamilyOf(name);
        if (family is null)
        {
            return null;
        }

        // A digest pins content, not a different tag: python:3.12@sha256:... is still 3.12.
        var at = tag.IndexOf('@', StringComparison.Ordinal);
        var bare = (at >= 0 ? tag[..at] : tag).Trim();
        var written = bare.Length == 0 ? "latest" : bare;
        var parsed = ImageTag.Parse(written, table);
        var (release, certain) = ResolveRelease(family, name, parsed, asOf);
        var distro = parsed.OsToken is not null ? parsed.Distro : DistroOf(family, release);
        var variant = VariantOf(family, name, parsed, distro);
        var sizeKey = family == "dotnet" ? name : family;
        return new BaseImageFacts(
            name,
            parsed.Text,
            family,
            VersionOf(family, parsed, release),
            variant,
            distro,
            release,
            certain,
            ShipsBuildTools(family, name, parsed, variant),
            table.EstimatedSize(sizeKey, variant, release));
    }

    /// <summary>
    /// The tag of the slim variant of the same version and release, in the family's own
    /// spelling (python <c>3.11.2</c> gives <c>3.11.2-slim</c>; node <c>20-bookworm</c> gives
    /// <c>20-bookworm-slim</c>). The release is named only when the original named it: the
    /// official images publish <c>&lt;tag&gt;-slim</c> beside every <c>&lt;tag&gt;</c>, built
    /// on the same release at every point in time, so python <c>3.9.7</c> gives
    /// <c>3.9.7-slim</c> whatever release the catalogue estimates for it. The tag itself for
    /// images that are already slim, alpine,
    /// distroless or chiseled; null for families without a slim variant (golang, php,
    /// temurin, dotnet, ubuntu: see <see cref="RuntimeBase"/>).
    /// </summary>
    public string? SlimTwin(BaseImageFacts facts)
    {
        if (facts.Variant is Variant.Slim or Variant.Alpine or Variant.Distroless
            or Variant.Chiseled)
        {
            return facts.Tag;
        }

        if (facts.Variant != Variant.Full)
        {
            return null;
        }

        var parsed = ImageTag.Parse(facts.Tag, table);
        var pin = parsed.OsToken;
        var version = NullIfEmpty(parsed.Version);
        return facts.Family switch
        {
            "python" or "ruby" or "rust" or "openjdk" => Join(version, "slim", pin),
            "node" => NodeSlim(version, AliasOf(parsed), pin),
            "debian" => Join(version ?? NullIfEmpty(facts.Release), "slim"),
            _ => null,
        };
    }

    /// <summary>
    /// The image for the final stage of a multi-stage build whose builder is
    /// <paramref name="builder"/>: same distro release, never glibc to musl. Families with a
    /// slim variant get their slim twin; golang gets distroless static (or base for cgo) of
    /// the same Debian release, or Debian slim where distroless has none; rust gets Debian
    /// slim or distroless cc; a temurin JDK gets the JRE, and so do the Temurin-based maven and
    /// gradle images and the deprecated openjdk; the .NET SDK gets ASP.NET Core, the
    /// runtime or runtime-deps; buildpack-deps gets Debian slim. Null when no smaller image is
    /// known (php keeps its toolchain by design; ubuntu has no slim variant).
    /// </summary>
    /// <param name="builder">The builder stage's base image.</param>
    /// <param name="need">What the copied program needs at run time.</param>
    public ImageReference? RuntimeBase(
        BaseImageFacts builder,
        RuntimeNeed need = RuntimeNeed.Default)
    {
        var parsed = ImageTag.Parse(builder.Tag, table);
        return builder.Family switch
        {
            "python" or "node" or "ruby" or "debian" or "alpine" or "distroless" =>
                SlimTwin(builder) is { } twin ? new ImageReference(Written(builder), twin) : null,
            "golang" => CompiledRuntime(
                builder,
                need == RuntimeNeed.DynamicGlibc ? "base" : "static"),
            "rust" => CompiledRuntime(builder, need switch
            {
                RuntimeNeed.StaticBinary => "static",
                RuntimeNeed.DynamicGlibc => "cc",
                _ => null,
            }),
            "buildpack-deps" => DebianSlim(builder),
            "eclipse-temurin" => TemurinJre(parsed),
            "maven" or "gradle" or "openjdk" => JreOfJdkImage(builder, parsed),
            "dotnet" => DotnetRuntime(builder, parsed, need),
            _ => null,
        };
    }

    // node publishes lts-slim and iron-slim, but no alias carries a release as well; latest
    // and current are the newest major, whose slim tag can carry one (trixie-slim).
    private static string? NodeSlim(string? version, string? alias, string? pin) =>
        version is not null ? Join(version, pin, "slim")
        : alias is null or "latest" or "current" ? Join(pin, "slim")
        : Join(alias, "slim");

    private (string Release, bool Certain) ResolveRelease(
        string family,
        string name,
        ImageTag parsed,
        DateOnly? asOf)
    {
        if (family == "distroless")
        {
            return DistrolessRelease(name);
        }

        var life = parsed.OsToken is null || parsed.Release.Length == 0
            ? TagLife(family, parsed.Version)
            : null;
        var date = life is { } known
            ? Clamp(asOf ?? known.Last, known.First, known.Last)
            : asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        if (parsed.OsToken is not null)
        {
            return parsed.Release.Length > 0
                ? (parsed.Release, true)
                : (table.AlpineLatest(date) ?? "", false);
        }

        return family switch
        {
            "alpine" => AlpineRelease(parsed, date),
            "debian" when parsed.Version.Length > 0 => Codename(Distro.Debian, parsed.Version),
            "ubuntu" when parsed.Version.Length > 0 => Codename(Distro.Ubuntu, parsed.Version),
            _ => DefaultRelease(family, LineOf(family, parsed), date, life),
        };
    }

    // A patch tag is published only while its minor line is, so the line's life bounds it
    // when the patch itself is not recorded (rust 1.78.0 within 1.78, python 3.8.10 within
    // 3.8): a better estimate than today's default for a version long out of support.
    private CatalogTable.Life? TagLife(string family, string version)
    {
        if (table.TagLife(family, version) is { } known)
        {
            return known;
        }

        var parts = version.Split('.');
        return parts.Length == 3 && parts.All(IsNumber)
            ? table.TagLife(family, parts[0] + "." + parts[1])
            : null;
    }

    private (string Release, bool Certain) DefaultRelease(
        string family,
        string line,
        DateOnly date,
        CatalogTable.Life? life)
    {
        var release = table.DefaultRelease(family, line, date) ?? "";
        if (life is not { } known || release.Length == 0)
        {
            return (release, false);
        }

        // A retired patch tag is certain when its whole life fell in one default window.
        var first = table.DefaultRelease(family, line, known.First);
        var last = table.DefaultRelease(family, line, known.Last);
        return (release, first == last);
    }

    private (string Release, bool Certain) AlpineRelease(ImageTag parsed, DateOnly date)
    {
        var parts = parsed.Version.Split('.');
        if (parts.Length >= 2)
        {
            return (parts[0] + "." + parts[1], true);
        }

        return parsed.Has("edge") ? ("edge", false) : (table.AlpineLatest(date) ?? "", false);
    }

    private (string Release, bool Certain) Codename(Distro distro, string version)
    {
        var major = distro == Distro.Debian ? version.Split('.')[0] : version;
        var codename = table.CodenameOf(distro, major);
        return codename is null ? ("", false) : (codename, true);
    }

    private (string Release, bool Certain) DistrolessRelease(string name)
    {
        var marker = name.LastIndexOf("-debian", StringComparison.Ordinal);
        if (marker < 0)
        {
            return ("", false);
        }

        var codename = table.CodenameOf(Distro.Debian, name[(marker + "-debian".Length)..]);
        return codename is null ? ("", false) : (codename, true);
    }

    private string LineOf(string family, ImageTag parsed)
    {
        var line = family switch
        {
            "node" => parsed.Version.Length > 0
                ? parsed.Version.Split('.')[0]
                : NodeCodenames.GetValueOrDefault(AliasOf(parsed) ?? "", "*"),
            "dotnet" => DotnetLine(parsed.Version),
            _ => "*",
        };
        return table.HasLine(family, line) ? line : "*";
    }

    private static string DotnetLine(string version)
    {
        var parts = version.Split('.');
        return parts.Length >= 2 ? parts[0] + "." + parts[1] : version + ".0";
    }

    private Distro DistroOf(string family, string release)
    {
        // Only Alpine releases are numbers (3.20); Debian and Ubuntu ones are codenames.
        if (family == "alpine" || (release.Length > 0 && char.IsAsciiDigit(release[0])))
        {
            return Distro.Alpine;
        }

        return table.Release(release)?.Distro ?? Distro.Unknown;
    }

    private static Variant VariantOf(string family, string name, ImageTag parsed, Distro distro)
    {
        if (family == "distroless" || parsed.Has("distroless"))
        {
            return Variant.Distroless;
        }

        if (parsed.Has("chiseled"))
        {
            return Variant.Chiseled;
        }

        return distro switch
        {
            Distro.Alpine => Variant.Alpine,
            Distro.Windows or Distro.RedHat or Distro.OracleLinux or Distro.AzureLinux =>
                Variant.Other,
            _ when parsed.Has("slim") => Variant.Slim,
            _ when parsed.Has("jre") => Variant.Slim,
            _ when family == "dotnet" && name != "dotnet/sdk" => Variant.Slim,
            _ => Variant.Full,
        };
    }

    private bool ShipsBuildTools(string family, string name, ImageTag parsed, Variant variant) =>
        family switch
        {
            "dotnet" => name == "dotnet/sdk",
            "eclipse-temurin" or "openjdk" => !parsed.Has("jre"),
            "maven" or "gradle" => true,
            _ => table.ShipsBuildTools(family, variant),
        };

    private string VersionOf(string family, ImageTag parsed, string release)
    {
        if (parsed.Version.Length > 0 || family is not ("debian" or "ubuntu"))
        {
            return parsed.Version;
        }

        return table.Release(release)?.Version ?? "";
    }

    private ImageReference? CompiledRuntime(BaseImageFacts builder, string? distroless)
    {
        if (builder.Distro == Distro.Alpine)
        {
            return builder.Release.Length > 0
                ? new ImageReference("alpine", builder.Release)
                : null;
        }

        var release = table.Release(builder.Release);
        var debianVersion = release?.Distro == Distro.Debian ? release.Version : null;
        if (distroless is not null && debianVersion is "12" or "13")
        {
            return new ImageReference(
                $"gcr.io/distroless/{distroless}-debian{debianVersion}",
                "latest");
        }

        return DebianSlim(builder);
    }

    private ImageReference? DebianSlim(BaseImageFacts builder) =>
        table.Release(builder.Release)?.Distro == Distro.Debian
            ? new ImageReference("debian", builder.Release + "-slim")
            : null;

    private static ImageReference? TemurinJre(ImageTag parsed)
    {
        if (parsed.Has("jre"))
        {
            return new ImageReference("eclipse-temurin", parsed.Text);
        }

        if (parsed.Version.Length == 0)
        {
            return null;
        }

        var words = parsed.Text.Split('-').ToList();
        var jdk = words.IndexOf("jdk");
        if (jdk >= 0)
        {
            words[jdk] = "jre";
        }
        else
        {
            words.Insert(1, "jre");
        }

        return new ImageReference("eclipse-temurin", string.Join('-', words));
    }

    /// <summary>The Java feature release a JDK image carries, read from its tag: the
    /// version of an openjdk or temurin tag, <c>eclipse-temurin-17</c> in a maven tag,
    /// <c>jdk17</c> in a gradle tag. Null when the tag does not say (maven <c>3.9</c>) or the
    /// JDK is not Temurin's (maven <c>3-amazoncorretto-17</c>, gradle
    /// <c>8-jdk17-graal</c>).</summary>
    public string? JavaRelease(BaseImageFacts facts)
    {
        var parsed = ImageTag.Parse(facts.Tag, table);
        var words = parsed.Words;
        switch (facts.Family)
        {
            case "eclipse-temurin" or "openjdk":
                var major = parsed.Version.Split('.')[0];
                return major.Length > 0 && major.All(char.IsAsciiDigit) ? major : null;
            case "maven":
                var temurin = IndexOf(words, "temurin");
                return temurin > 0 && words[temurin - 1] == "eclipse" && temurin + 1 < words.Count
                    && words.Count == temurin + 2 && IsNumber(words[temurin + 1])
                    ? words[temurin + 1]
                    : null;
            case "gradle":
                return words.Count == 1 && words[0].StartsWith("jdk", StringComparison.Ordinal)
                    && IsNumber(words[0][3..])
                    ? words[0][3..]
                    : null;
            default:
                return null;
        }
    }

    // Maven and gradle publish their Temurin images with the JDK's OS suffix (jammy, noble,
    // alpine); the JRE of the same release and OS is the runtime. openjdk was built on Debian
    // or Oracle Linux, for which Temurin has no images: its JRE on Ubuntu is the nearest, and
    // a jar does not depend on the C library's release.
    private ImageReference? JreOfJdkImage(BaseImageFacts builder, ImageTag parsed)
    {
        if (JavaRelease(builder) is not { } release || parsed.Version.EndsWith("-rc",
            StringComparison.Ordinal))
        {
            return null;
        }

        if (builder.Family == "openjdk")
        {
            return new ImageReference("eclipse-temurin",
                builder.Distro == Distro.Alpine ? release + "-jre-alpine" : release + "-jre");
        }

        if (builder.Distro is not (Distro.Ubuntu or Distro.Alpine or Distro.Unknown))
        {
            return null;
        }

        var tag = parsed.OsToken is { } os ? $"{release}-jre-{os}" : release + "-jre";
        return new ImageReference("eclipse-temurin", tag);
    }

    private static int IndexOf(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsNumber(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    private static ImageReference? DotnetRuntime(
        BaseImageFacts builder,
        ImageTag parsed,
        RuntimeNeed need)
    {
        if (builder.Repository != "dotnet/sdk")
        {
            return new ImageReference("mcr.microsoft.com/" + builder.Repository, builder.Tag);
        }

        var repository = need switch
        {
            RuntimeNeed.Console => "runtime",
            RuntimeNeed.SelfContained or RuntimeNeed.StaticBinary => "runtime-deps",
            _ => "aspnet",
        };
        // The SDK's -aot images only add the native toolchain; runtimes have no such tag.
        var tag = string.Join('-', parsed.Text.Split('-').Where(word => word != "aot"));
        return new ImageReference("mcr.microsoft.com/dotnet/" + repository, tag);
    }

    private static string Written(BaseImageFacts facts) => facts.Family switch
    {
        "dotnet" => "mcr.microsoft.com/" + facts.Repository,
        "distroless" => "gcr.io/" + facts.Repository,
        _ => facts.Repository,
    };

    private static string? AliasOf(ImageTag parsed) =>
        parsed.Words.FirstOrDefault(word => word is not "slim");

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string? Join(params string?[] words)
    {
        var present = words.Where(word => !string.IsNullOrEmpty(word)).ToArray();
        return present.Length == 0 ? null : string.Join('-', present);
    }

    private static DateOnly Clamp(DateOnly date, DateOnly first, DateOnly last) =>
        date < first ? first : date > last ? last : date;

    /// <summary>Strips registry and <c>library/</c> prefixes: <c>docker.io/library/python</c>
    /// gives <c>python</c>, <c>mcr.microsoft.com/dotnet/sdk</c> gives <c>dotnet/sdk</c>,
    /// <c>gcr.io/distroless/static-debian12</c> gives <c>distroless/static-debian12</c>.
    /// </summary>
    internal static string NormalizeRepository(string repository)
    {
        var name = repository.Trim().ToLowerInvariant();
        string[] registries =
        [
            "docker.io/", "index.docker.io/", "registry-1.docker.io/", "registry.hub.docker.com/",
            "mcr.microsoft.com/", "gcr.io/",
        ];
        var registry = registries.FirstOrDefault(
            prefix => name.StartsWith(prefix, StringComparison.Ordinal));
        if (registry is not null)
        {
            name = name[registry.Length..];
        }

        if (name.StartsWith("library/", StringComparison.Ordinal))
        {
            name = name["library/".Length..];
        }

        // .NET images lived under dotnet/core/ until .NET 5.
        return name.StartsWith("dotnet/core/", StringComparison.Ordinal)
            ? "dotnet/" + name["dotnet/core/".Length..]
            : name;
    }

    private static string? FamilyOf(string name)
    {
        if (Families.Contains(name, StringComparer.Ordinal))
        {
            return name;
        }

        if (name is "dotnet/sdk" or "dotnet/aspnet" or "dotnet/runtime" or "dotnet/runtime-deps")
        {
            return "dotnet";
        }

        return name.StartsWith("distroless/", StringComparison.Ordinal) ? "distroless" : null;
    }

    private static CatalogTable LoadEmbedded()
    {
        using var reader = KnowledgeResource.Open("base-images.tsv");
        return reader is null ? CatalogTable.Read(TextReader.Null) : CatalogTable.Read(reader);
    }
}
