using Ballast.Engines;

namespace Ballast.Tests.Engines;

/// <summary>
/// A stand-in engine client: a small bash script, placed in a directory that serves as the
/// engine's search path, that records each argument array it is started with and answers
/// with replies queued per call. Build calls get an image id written to their id file.
/// </summary>
internal sealed class FakeEngineClient : IDisposable
{
    private const string Script = """
        #!/usr/bin/env bash
        dir="$FAKE_ENGINE_DIR"
        call=$(ls "$dir"/call-* 2>/dev/null | wc -l)
        printf '%s\n' "$@" > "$dir/call-$call"
        printf '%s' "${STORAGE_DRIVER-}" > "$dir/env-$call"
        previous=""
        for argument in "$@"; do
          if [ "$previous" = "--iidfile" ]; then printf 'sha256:feedface' > "$argument"; fi
          previous="$argument"
        done
        [ -f "$dir/sleep-$call" ] && sleep "$(cat "$dir/sleep-$call")"
        [ -f "$dir/out-$call" ] && cat "$dir/out-$call"
        [ -f "$dir/err-$call" ] && cat "$dir/err-$call" >&2
        [ -f "$dir/exit-$call" ] && exit "$(cat "$dir/exit-$call")"
        exit 0
        """;

    public FakeEngineClient(params string[] names)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"ballast-fake-{Guid.NewGuid():N}");
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var name in names)
        {
            var path = Path.Combine(Directory, name);
            File.WriteAllText(path, Script.Replace("\r", "", StringComparison.Ordinal) + "\n");
            // The fake is a bash script; on Windows these tests cannot run at all.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite
                    | UnixFileMode.UserExecute);
            }
        }
    }

    public string Directory { get; }

    /// <summary>Options that make engines find only this fake and tell it where to
    /// record.</summary>
    public EngineOptions Options(EngineOptions? template = null)
        => (template ?? new EngineOptions()) with
        {
            SearchPath = [Directory],
            Environment = new Dictionary<string, string>(
                template?.Environment ?? new Dictionary<string, string>())
            {
                ["FAKE_ENGINE_DIR"] = Directory,
            },
        };

    /// <summary>Queues what call number <paramref name="call"/> (from 0) prints and
    /// returns.</summary>
    public void Reply(int call, string output = "", int exitCode = 0, string error = "",
        double sleepSeconds = 0)
    {
        File.WriteAllText(Path.Combine(Directory, $"out-{call}"), output);
        File.WriteAllText(Path.Combine(Directory, $"err-{call}"), error);
        File.WriteAllText(Path.Combine(Directory, $"exit-{call}"), exitCode.ToString());
        if (sleepSeconds > 0)
        {
            File.WriteAllText(Path.Combine(Directory, $"sleep-{call}"), sleepSeconds.ToString(
                System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The argument arrays of every call so far, in order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Calls()
    {
        var calls = new List<IReadOnlyList<string>>();
        for (var call = 0; File.Exists(CallFile(call)); call++)
        {
            var text = File.ReadAllText(CallFile(call));
            calls.Add(text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n'));
        }

        return calls;
    }

    /// <summary>The value of <c>STORAGE_DRIVER</c> the given call saw.</summary>
    public string StorageDriverSeen(int call)
        => File.ReadAllText(Path.Combine(Directory, $"env-{call}"));

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private string CallFile(int call) => Path.Combine(Directory, $"call-{call}");
}
