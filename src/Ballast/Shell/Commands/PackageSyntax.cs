namespace Ballast.Shell.Commands;

/// <summary>How an ecosystem writes a package with a version on the command line.</summary>
internal enum PackageSyntax
{
    /// <summary><c>name=version</c> or <c>name/release</c>.</summary>
    Debian,

    /// <summary><c>name=version</c>, <c>name~version</c>, <c>name&gt;=version</c>,
    /// <c>name@tag</c>.</summary>
    Apk,

    /// <summary><c>name-version</c> as rpm spells it.</summary>
    Rpm,

    /// <summary><c>name=version</c>, <c>name&gt;=version</c>.</summary>
    Zypper,

    /// <summary>PEP 508 requirement: <c>name[extra]==version</c>.</summary>
    Python,

    /// <summary><c>name@version</c>, <c>@scope/name@version</c>.</summary>
    Npm,

    /// <summary><c>name:version</c>.</summary>
    Colon,

    /// <summary><c>module@version</c> (Go, cargo).</summary>
    At,

    /// <summary>Conda match spec: <c>name=version</c>, <c>name==version</c>.</summary>
    Conda,

    /// <summary>Poetry: a Python requirement or <c>name@constraint</c>.</summary>
    Poetry,

    /// <summary>The name alone; versions come from an option.</summary>
    Plain,
}
