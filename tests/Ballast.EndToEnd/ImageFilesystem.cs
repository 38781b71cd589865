using System.Diagnostics;

namespace Ballast.EndToEnd;

/// <summary>
/// Looks at the files of an image by mounting a working container of it with Buildah, which
/// works for images without a shell (distroless), where a probe command cannot run.
/// </summary>
public sealed class ImageFilesystem(string storageDriver)
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Those of <paramref name="paths"/> (absolute, in the image) that exist in
    /// <paramref name="image"/>, as files, folders or links. Limitation: an absolute link on
    /// the way to a path is followed on the host, so the paths asked for must not pass
    /// through one (the last part may be a link).</summary>
    public async Task<IReadOnlyList<string>> ExistingAsync(
        string image, IReadOnlyList<string> paths)
    {
        var container = await BuildahAsync("from", "--pull=never", "--quiet", image);
        try
        {
            var root = await BuildahAsync("mount", container);
            return paths.Where(path => Exists(Path.Join(root, path))).ToList();
        }
        finally
        {
            await BuildahAsync("umount", container);
            await BuildahAsync("rm", container);
        }
    }

    // A link counts by itself: following an absolute link would land on the host's files.
    private static bool Exists(string path)
        => new FileInfo(path).LinkTarget is not null || File.Exists(path)
            || Directory.Exists(path);

    /// <summary>Runs one buildah command and returns the last line it printed.</summary>
    private async Task<string> BuildahAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("buildah")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--storage-driver");
        start.ArgumentList.Add(storageDriver);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(CommandTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"buildah {string.Join(' ', arguments)} exited with {process.ExitCode}: "
                + await error);
        }

        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries
            | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }
}
