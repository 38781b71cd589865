using Ballast.Shell.Commands;
using static Ballast.Shell.Commands.PackageAction;
using static Ballast.Shell.Commands.PackageManager;

namespace Ballast.Shell.Caches;

/// <summary>
/// Every cache the analysis knows: the default locations used by each tool (and by the
/// official language images, which set GEM_HOME, CARGO_HOME and GOPATH).
/// </summary>
internal static class CacheRules
{
    public static IReadOnlyList<CacheRule> All { get; } =
    [
        new([Apt, Aptitude], "apt package lists",
            _ => ["/var/lib/apt/lists"],
            _ => "rm -rf /var/lib/apt/lists/*",
            (command, _) => command.Action == Update,
            command => command.Action == DistClean),
        new([Apt, Aptitude], "apt downloaded packages",
            _ => ["/var/cache/apt/archives"],
            _ => "apt-get clean",
            (command, scope) => scope.AptArchivesKept
                && command.Action is Install or Reinstall or Upgrade or DistUpgrade,
            command => command.Action is Clean or DistClean),
        new([Apk], "apk package indexes",
            _ => ["/var/cache/apk"],
            _ => "rm -rf /var/cache/apk/*",
            (command, _) => !command.NoCache && command.Action is Install or Update or Upgrade,
            _ => false),
        new([Dnf, Yum, Microdnf], "dnf/yum metadata and packages",
            _ => ["/var/cache/dnf", "/var/cache/yum"],
            _ => "dnf clean all",
            (command, _) => RpmCreates(command),
            command => command.Action == Clean && HasOperand(command, "all")),
        new([Zypper], "zypper metadata and packages",
            _ => ["/var/cache/zypp"],
            _ => "zypper clean -a",
            (command, _) => command.Action is Install or Update or Upgrade or DistUpgrade,
            command => command.Action == Clean
                && (command.HasOption("-a") || command.HasOption("--all"))),
        new([Pip, Pipenv], "pip download cache",
            scope => [scope.Home + "/.cache/pip"],
            scope => $"rm -rf {scope.Home}/.cache/pip",
            (command, scope) => PipCreates(command, scope),
            command => command.Manager == Pip && command.Action == Clean),
        new([Uv], "uv cache",
            scope => [scope.VariableOr("UV_CACHE_DIR", scope.Home + "/.cache/uv")],
            _ => "uv cache clean",
            (command, scope) => !command.NoCache
                && !PackageFlagReader.IsTruthy(scope.Variable("UV_NO_CACHE"))
                && command.Action is Install or Upgrade,
            command => command.Action == Clean),
        new([Poetry], "Poetry cache",
            scope => [scope.Home + "/.cache/pypoetry"],
            scope => $"rm -rf {scope.Home}/.cache/pypoetry",
            (command, _) => !command.NoCache && command.Action is Install or Upgrade,
            command => command.Action == Clean),
        new([Conda], "conda package cache",
            scope => [scope.VariableOr("CONDA_PKGS_DIRS", "/opt/conda/pkgs")],
            _ => "conda clean -afy",
            (command, _) => command.Action is Install or Upgrade,
            command => command.Action == Clean
                && (command.HasOption("-a") || command.HasOption("--all"))),
        new([Npm], "npm cache",
            scope => [scope.VariableOr("npm_config_cache", scope.Home + "/.npm")],
            _ => "npm cache clean --force",
            (command, _) => command.Action is Install or Upgrade,
            command => command.Action == Clean),
        new([Yarn], "Yarn cache",
            scope => [scope.VariableOr("YARN_CACHE_FOLDER", "/usr/local/share/.cache/yarn")],
            _ => "yarn cache clean",
            (command, _) => command.Action is Install or Upgrade,
            command => command.Action == Clean),
        new([Pnpm], "pnpm store",
            scope => [scope.Home + "/.local/share/pnpm/store"],
            scope => $"rm -rf {scope.Home}/.local/share/pnpm/store",
            (command, _) => command.Action is Install or Upgrade,
            _ => false),
        new([Gem, Bundler], "downloaded gems",
            scope => [scope.VariableOr("GEM_HOME", "/usr/local/bundle") + "/cache"],
            scope => $"rm -rf {scope.VariableOr("GEM_HOME", "/usr/local/bundle")}/cache",
            (command, _) => command.Action is Install or Upgrade,
            _ => false),
        new([Composer], "Composer cache",
            scope => [scope.VariableOr("COMPOSER_CACHE_DIR", scope.Home + "/.cache/composer")],
            _ => "composer clear-cache",
            (command, _) => !command.NoCache && command.Action is Install or Upgrade,
            command => command.Action == Clean),
        new([Go], "Go build cache",
            scope => [scope.VariableOr("GOCACHE", scope.Home + "/.cache/go-build")],
            _ => "go clean -cache",
            (command, _) => command.Action is Install or Build,
            command => command.Action == Clean && command.HasOption("-cache")),
        new([Go], "Go module cache",
            scope => [scope.VariableOr(
                "GOMODCACHE", scope.VariableOr("GOPATH", "/go") + "/pkg/mod")],
            _ => "go clean -modcache",
            (command, _) => command.Action is Install or Build or Download,
            command => command.Action == Clean && command.HasOption("-modcache")),
        new([Cargo], "cargo registry",
            scope => [scope.VariableOr("CARGO_HOME", "/usr/local/cargo") + "/registry"],
            scope => $"rm -rf {scope.VariableOr("CARGO_HOME", "/usr/local/cargo")}/registry",
            (command, _) => command.Action is Install or Build or Download,
            _ => false),
        new([Maven], "Maven local repository",
            scope => [scope.Home + "/.m2/repository"],
            scope => $"rm -rf {scope.Home}/.m2/repository",
            (command, _) => command.Action is Build or Download,
            _ => false),
        new([Gradle], "Gradle caches",
            scope => [GradleHome(scope) + "/caches"],
            scope => $"rm -rf {GradleHome(scope)}/caches",
            (command, _) => command.Action is Build or Download,
            _ => false),
        new([Dotnet], "NuGet packages",
            scope => [scope.VariableOr("NUGET_PACKAGES", scope.Home + "/.nuget/packages")],
            _ => "dotnet nuget locals all --clear",
            (command, _) => command.Action is Install or Build,
            command => command.Action == Clean),
    ];

    private static bool RpmCreates(PackageCommand command) =>
        command.Action is Install or Reinstall or Upgrade or DistUpgrade or Update or Download;

    private static bool PipCreates(PackageCommand command, CacheScope scope)
    {
        bool disabled = command.NoCacheDir
            || PackageFlagReader.IsTruthy(scope.Variable("PIP_NO_CACHE_DIR"));
        return !disabled && command.Action is Install or Download or Build;
    }

    private static string GradleHome(CacheScope scope) =>
        scope.VariableOr("GRADLE_USER_HOME", scope.Home + "/.gradle");

    private static bool HasOperand(PackageCommand command, string operand) =>
        command.Operands.Any(word => word.Value == operand);
}
