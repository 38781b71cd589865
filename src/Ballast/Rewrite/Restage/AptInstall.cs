namespace Ballast.Rewrite.Restage;

/// <summary>The one RUN a stage installs its Debian packages with: update, install without
/// recommends, remove the lists, all in one layer.</summary>
internal static class AptInstall
{
    public static IReadOnlyList<ScriptLine> Commands(IReadOnlyList<string> packages) =>
    [
        ScriptLine.Of("apt-get update"),
        new ScriptLine("apt-get install -y --no-install-recommends", packages),
        ScriptLine.Of("rm -rf /var/lib/apt/lists/*"),
    ];
}
