using Ballast.Tests.Images;

namespace Ballast.Tests.Measure;

/// <summary>A careless Python image and its slim rewrite, as docker save archives.</summary>
internal static class MeasureImages
{
    public const string Dockerfile = """
        FROM python:3.11-bookworm
        RUN apt-get update && apt-get install -y gcc libpq-dev
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        COPY . .
        CMD ["python", "app.py"]
        """;

    private const string OsRelease = "ID=debian\nVERSION_ID=\"12\"\nPRETTY_NAME=\"Debian 12\"\n";

    public static byte[] Original() => Archive(new TestImage()
        .Layer(Base())
        .Layer(new LayerBuilder()
            .File("usr/bin/gcc-12", new byte[900_000], UnixFileMode.UserExecute)
            .File("var/cache/apt/pkgcache.bin", 400_000)
            .File("var/lib/dpkg/status", Status(
                ("libc6", "glibc", "2.36-9+deb12u4"),
                ("libpq-dev", "postgresql-15", "15.6-0+deb12u1"),
                ("libpq5", "postgresql-15", "15.6-0+deb12u1"),
                ("gcc-12", "gcc-12", "12.2.0-14"))), "RUN apt-get install")
        .Layer(new LayerBuilder().Whiteout("var/cache/apt/pkgcache.bin"), "RUN apt-get clean"));

    public static byte[] Rewrite() => Archive(new TestImage()
        .Layer(Base())
        .Layer(new LayerBuilder()
            .File("var/lib/dpkg/status", Status(
                ("libc6", "glibc", "2.36-9+deb12u4"),
                ("libpq5", "postgresql-15", "15.6-0+deb12u1"))), "RUN apt-get install libpq5"));

    private static LayerBuilder Base() => new LayerBuilder()
        .File("etc/os-release", OsRelease)
        .File("usr/bin/python3.11", new byte[300_000], UnixFileMode.UserExecute);

    private static string Status(params (string Name, string Source, string Version)[] packages) =>
        string.Join("\n", packages.Select(p =>
            $"Package: {p.Name}\nStatus: install ok installed\nSource: {p.Source}\n"
            + $"Version: {p.Version}\nArchitecture: amd64\n"));

    private static byte[] Archive(TestImage image) => image.DockerArchive().ToArray();
}
