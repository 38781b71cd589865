namespace Ballast.Knowledge;

/// <summary>The distribution an image is built on.</summary>
public enum Distro
{
    /// <summary>Not known from the tag.</summary>
    Unknown,

    /// <summary>Debian GNU/Linux (glibc).</summary>
    Debian,

    /// <summary>Ubuntu (glibc).</summary>
    Ubuntu,

    /// <summary>Alpine Linux (musl).</summary>
    Alpine,

    /// <summary>Red Hat Universal Base Image.</summary>
    RedHat,

    /// <summary>Oracle Linux.</summary>
    OracleLinux,

    /// <summary>Azure Linux.</summary>
    AzureLinux,

    /// <summary>Windows Server Core or Nano Server.</summary>
    Windows,
}
