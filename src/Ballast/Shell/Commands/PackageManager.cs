namespace Ballast.Shell.Commands;

/// <summary>The package managers and build tools whose command lines Ballast reads.</summary>
public enum PackageManager
{
    /// <summary><c>apt-get</c> and <c>apt</c>.</summary>
    Apt,

    /// <summary><c>aptitude</c>.</summary>
    Aptitude,

    /// <summary><c>dpkg</c>.</summary>
    Dpkg,

    /// <summary>Alpine's <c>apk</c>.</summary>
    Apk,

    /// <summary><c>dnf</c>.</summary>
    Dnf,

    /// <summary><c>yum</c>.</summary>
    Yum,

    /// <summary><c>microdnf</c>.</summary>
    Microdnf,

    /// <summary>openSUSE's <c>zypper</c>.</summary>
    Zypper,

    /// <summary><c>pip</c>, <c>pip3</c> and <c>python -m pip</c>.</summary>
    Pip,

    /// <summary><c>poetry</c>.</summary>
    Poetry,

    /// <summary><c>pipenv</c>.</summary>
    Pipenv,

    /// <summary>Astral's <c>uv</c>, including <c>uv pip</c>.</summary>
    Uv,

    /// <summary><c>conda</c>, <c>mamba</c> and <c>micromamba</c>.</summary>
    Conda,

    /// <summary><c>npm</c>.</summary>
    Npm,

    /// <summary><c>yarn</c>.</summary>
    Yarn,

    /// <summary><c>pnpm</c>.</summary>
    Pnpm,

    /// <summary>RubyGems' <c>gem</c>.</summary>
    Gem,

    /// <summary><c>bundle</c> (Bundler).</summary>
    Bundler,

    /// <summary>The <c>go</c> tool.</summary>
    Go,

    /// <summary><c>cargo</c>.</summary>
    Cargo,

    /// <summary><c>mvn</c> and <c>mvnw</c>.</summary>
    Maven,

    /// <summary><c>gradle</c> and <c>gradlew</c>.</summary>
    Gradle,

    /// <summary>The <c>dotnet</c> CLI.</summary>
    Dotnet,

    /// <summary>PHP's <c>composer</c>.</summary>
    Composer,
}
