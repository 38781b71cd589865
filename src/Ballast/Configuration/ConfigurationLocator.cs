namespace Ballast.Configuration;

/// <summary>Finds and loads the configuration of a Dockerfile: the nearest
/// <c>.ballast.yaml</c> walking up from its folder, merged over the nearest
/// <c>.hadolint.yaml</c>, or one file named with <c>--config</c>.</summary>
public static class ConfigurationLocator
{
    private static readonly string[] BallastNames = [".ballast.yaml", ".ballast.yml"];
    private static readonly string[] HadolintNames = [".hadolint.yaml", ".hadolint.yml"];

    /// <summary>The configuration that applies to <paramref name="dockerfilePath"/>.</summary>
    /// <param name="dockerfilePath">The Dockerfile being checked.</param>
    /// <param name="explicitPath">A file given with <c>--config</c>, which replaces the
    /// search; null to search.</param>
    /// <param name="errors">Receives problems in the files read.</param>
    public static ProjectConfiguration Load(string dockerfilePath, string? explicitPath,
        ICollection<ConfigurationError> errors)
    {
        if (explicitPath is not null)
        {
            return Read(explicitPath, errors);
        }

        var folder = Folder(dockerfilePath);
        var hadolint = Nearest(folder, HadolintNames);
        var ballast = Nearest(folder, BallastNames);
        var configuration = ProjectConfiguration.Empty;
        if (hadolint is not null)
        {
            configuration = configuration.Merge(Read(hadolint, errors));
        }

        return ballast is null ? configuration : configuration.Merge(Read(ballast, errors));
    }

    /// <summary>Reads one configuration file, by its name a hadolint or a Ballast one.</summary>
    public static ProjectConfiguration Read(string path, ICollection<ConfigurationError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException
            or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            errors.Add(new ConfigurationError(path, 0, 0, $"cannot read: {exception.Message}"));
            return ProjectConfiguration.Empty;
        }

        return Path.GetFileName(path).StartsWith(".hadolint", StringComparison.Ordinal)
            ? ConfigurationReader.ReadHadolint(text, path, errors)
            : ConfigurationReader.ReadBallast(text, path, errors);
    }

    private static string Folder(string dockerfilePath)
    {
        var full = Path.GetFullPath(dockerfilePath);
        return Directory.Exists(full) ? full : Path.GetDirectoryName(full) ?? full;
    }

    private static string? Nearest(string folder, string[] names)
    {
        for (var current = new DirectoryInfo(folder); current is not null;
            current = current.Parent)
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
