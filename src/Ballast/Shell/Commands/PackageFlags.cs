namespace Ballast.Shell.Commands;

/// <summary>The options of a package command that rules care about.</summary>
[Flags]
public enum PackageFlags
{
    /// <summary>None of the options below.</summary>
    None = 0,

    /// <summary>Answers yes to prompts (<c>-y</c>, <c>--assumeyes</c>,
    /// <c>--non-interactive</c>).</summary>
    AssumeYes = 1,

    /// <summary>Skips recommended or weak dependencies (<c>--no-install-recommends</c>,
    /// <c>install_weak_deps=False</c>, <c>--no-recommends</c>).</summary>
    NoInstallRecommends = 2,

    /// <summary>Keeps no package cache (<c>apk --no-cache</c>, <c>uv --no-cache</c>).
    /// </summary>
    NoCache = 4,

    /// <summary>Keeps no download cache (<c>pip --no-cache-dir</c>).</summary>
    NoCacheDir = 8,

    /// <summary>Installs globally (<c>npm -g</c>).</summary>
    Global = 16,

    /// <summary>Leaves out development dependencies (<c>--omit=dev</c>, <c>--no-dev</c>).
    /// </summary>
    Production = 32,

    /// <summary>Skips documentation (<c>gem --no-document</c>, <c>--nodocs</c>).</summary>
    NoDocument = 64,
}
