using Ballast.Knowledge;
using Ballast.Rules;

namespace Ballast.Rewrite.Restage;

/// <summary>
/// Splits the system packages of a single-stage build: development packages, toolchains and
/// tools the build steps call go to the builder; everything else, plus the runtime library
/// each development package stands for on the base's release, goes to the final stage.
/// </summary>
public sealed class SystemPackagePlan
{
    private static readonly Dictionary<string, string> ProgramPackages = new(StringComparer.Ordinal)
    {
        ["xz"] = "xz-utils",
        ["unxz"] = "xz-utils",
        ["unzip"] = "unzip",
        ["bunzip2"] = "bzip2",
        ["pg_config"] = "libpq-dev",
    };

    /// <summary>Packages the builder installs, in first-seen order.</summary>
    public List<string> Builder { get; } = [];

    /// <summary>Packages the final stage installs, in first-seen order.</summary>
    public List<string> Runtime { get; } = [];

    /// <summary>Development packages with the runtime packages chosen for them.</summary>
    public List<(string Development, IReadOnlyList<string> Runtime)> Replaced { get; } = [];

    /// <summary>Development packages for which no runtime package is known.</summary>
    public List<string> Unmapped { get; } = [];

    /// <summary>One explanation per choice this plan made: the packages kept in the builder
    /// (<paramref name="builderReason"/> says what they are for), each development package
    /// replaced by its runtime library on <paramref name="release"/>, and each left without
    /// one.</summary>
    public IEnumerable<ChangeExplanation> Explain(string release, string builderReason)
    {
        if (Builder.Count > 0)
        {
            yield return new(
                $"Installed {string.Join(", ", Builder)} only in the builder.",
                $"{(Builder.Count == 1 ? "It is" : "They are")} {builderReason}");
        }

        foreach (var (development, runtime) in Replaced.Where(pair => pair.Runtime.Count > 0))
        {
            yield return new(
                $"The final stage installs {string.Join(" and ", runtime)} instead of "
                + $"{development}.",
                $"Compiled extensions need only the shared library on {release}, not its "
                + "headers.");
        }

        foreach (var development in Unmapped)
        {
            yield return new(
                $"No runtime package is known for {development}; the final stage does not "
                + "install one.",
                "Add the library it links against if the application fails to start.");
        }
    }

    /// <summary>Sorts <paramref name="packages"/> given the programs build steps run.</summary>
    public static SystemPackagePlan Make(
        IEnumerable<string> packages,
        IReadOnlySet<string> buildPrograms,
        string? release,
        PackageFacts facts)
    {
        var plan = new SystemPackagePlan();
        var buildPackages = buildPrograms
            .Select(program => ProgramPackages.GetValueOrDefault(program, program))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var package in packages.Distinct(StringComparer.Ordinal))
        {
            plan.Place(package, buildPackages, release, facts);
        }

        return plan;
    }

    private void Place(
        string package, HashSet<string> buildPackages, string? release, PackageFacts facts)
    {
        if (BuildTooling.IsDevelopment(package, facts))
        {
            Add(Builder, package);
            var runtime = release is null ? [] : facts.RuntimePackagesFor(package, release);
            if (runtime.Count == 0)
            {
                Unmapped.Add(package);
            }

            Replaced.Add((package, runtime));
            foreach (var library in runtime)
            {
                Add(Runtime, library);
            }

            return;
        }

        if (BuildTooling.IsToolchain(package) || buildPackages.Contains(package))
        {
            Add(Builder, package);
            return;
        }

        Add(Runtime, package);
    }

    private static void Add(List<string> list, string package)
    {
        if (!list.Contains(package, StringComparer.Ordinal))
        {
            list.Add(package);
        }
    }
}
