namespace Ballast.Shell.Commands;

/// <summary>Works out the <see cref="PackageFlags"/> a package command sets.</summary>
internal static class PackageFlagReader
{
    public static PackageFlags Read(
        ManagerGrammar grammar,
        IReadOnlyList<CommandOption> options,
        ShellCommand command)
    {
        PackageFlags flags = PackageFlags.None;
        foreach (CommandOption option in options)
        {
            flags |= grammar.FlagOptions.GetValueOrDefault(option.Name);
            flags |= FromValue(option);
        }

        if (IsTruthy(command.FindAssignment("PIP_NO_CACHE_DIR")?.Value.Value)
            && grammar.Manager == PackageManager.Pip)
        {
            flags |= PackageFlags.NoCacheDir;
        }

        if (IsTruthy(command.FindAssignment("UV_NO_CACHE")?.Value.Value)
            && grammar.Manager == PackageManager.Uv)
        {
            flags |= PackageFlags.NoCache;
        }

        return flags;
    }

    /// <summary>True for the values pip and uv read as "on" in an environment variable.
    /// </summary>
    public static bool IsTruthy(string? value) =>
        value is not null
        && value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on";

    private static PackageFlags FromValue(CommandOption option)
    {
        string? value = option.Value?.Value;
        if (value is null)
        {
            return PackageFlags.None;
        }

        return option.Name switch
        {
            "-o" or "--option" => FromAptOption(value),
            "--setopt" when IsWeakDepsOff(value) => PackageFlags.NoInstallRecommends,
            "--omit" when value.Split(',').Contains("dev") => PackageFlags.Production,
            "--only" when value is "prod" or "production" => PackageFlags.Production,
            _ => PackageFlags.None,
        };
    }

    private static PackageFlags FromAptOption(string value)
    {
        string setting = value.ToLowerInvariant();
        if (setting.EndsWith("assume-yes=true", StringComparison.Ordinal)
            || setting.EndsWith("assume-yes=1", StringComparison.Ordinal))
        {
            return PackageFlags.AssumeYes;
        }

        bool recommendsOff = setting.EndsWith("install-recommends=false", StringComparison.Ordinal)
            || setting.EndsWith("install-recommends=0", StringComparison.Ordinal);
        return recommendsOff ? PackageFlags.NoInstallRecommends : PackageFlags.None;
    }

    private static bool IsWeakDepsOff(string value) =>
        value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()
            is "install_weak_deps=false" or "install_weak_deps=0" or "install_weak_deps=no";
}
