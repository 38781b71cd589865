namespace Ballast.Knowledge;

/// <summary>What the program copied into a runtime stage needs from its base image.</summary>
public enum RuntimeNeed
{
    /// <summary>The family's usual runtime: the slim twin, a JRE, ASP.NET Core, or for Go a
    /// static binary.</summary>
    Default,

    /// <summary>A statically linked binary (Go with CGO_ENABLED=0, Rust musl): only CA
    /// certificates, tzdata and passwd are needed.</summary>
    StaticBinary,

    /// <summary>A binary linked against glibc and libgcc (cgo, Rust gnu targets).</summary>
    DynamicGlibc,

    /// <summary>A .NET console application: the .NET runtime without ASP.NET Core.</summary>
    Console,

    /// <summary>A self-contained or NativeAOT .NET application: only its native
    /// dependencies.</summary>
    SelfContained,
}
