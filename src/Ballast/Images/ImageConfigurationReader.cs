using Ballast.Images.Archives;

namespace Ballast.Images;

/// <summary>Maps the config blob's runtime settings to <see cref="ImageConfiguration"/>.
/// </summary>
internal static class ImageConfigurationReader
{
    public static ImageConfiguration From(ImageConfigDocument config)
    {
        var settings = config.Config;
        var labels = (settings?.Labels ?? [])
            .ToDictionary(label => label.Key, label => label.Value ?? "", StringComparer.Ordinal);
        return new ImageConfiguration(
            config.Os,
            config.Architecture,
            settings?.Entrypoint ?? [],
            settings?.Cmd ?? [],
            settings?.Env ?? [],
            string.IsNullOrEmpty(settings?.User) ? null : settings.User,
            string.IsNullOrEmpty(settings?.WorkingDir) ? null : settings.WorkingDir,
            (settings?.ExposedPorts?.Keys ?? Enumerable.Empty<string>())
                .Order(StringComparer.Ordinal)
                .ToList(),
            labels);
    }
}
