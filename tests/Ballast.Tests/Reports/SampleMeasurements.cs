using Ballast.Images;
using Ballast.Vulnerabilities;
using Ballast.Workflows;

namespace Ballast.Tests.Reports;

/// <summary>Measurements built in memory, so the HTML formatter's output is the same on every
/// machine: a <c>measure</c> run with vulnerabilities and smoke runs, and a <c>compare</c> of
/// two archives without a database. Names and instructions carry characters HTML must
/// escape.</summary>
internal static class SampleMeasurements
{
    private const long Megabyte = 1_000_000;

    public static Measurement Measure()
    {
        var gcc = Package("gcc-12", "gcc-12");
        var libpqDev = Package("libpq-dev", "postgresql-15");
        var libpq = Package("libpq5", "postgresql-15");
        var libc = Package("libc6", "glibc");
        var before = Image("original",
            [
                Layer(0, 74 * Megabyte, "/bin/sh -c #(nop) ADD file:debian.tar in /"),
                Layer(1, 312 * Megabyte,
                    "RUN apt-get update && apt-get install -y gcc libpq-dev # <script>"),
                Layer(2, 2 * Megabyte, "COPY . /app # buildkit"),
                Layer(3, 40 * Megabyte, "RUN pip install -r /app/requirements.txt", 12 * Megabyte),
            ],
            [gcc, libpqDev, libpq, libc],
            compressed: 160 * Megabyte,
            new SmokeResult(["python", "/app/main.py"], 0, false, TimeSpan.FromSeconds(1.2), ""));
        var after = Image("rewrite",
            [
                Layer(0, 30 * Megabyte, "/bin/sh -c #(nop) ADD file:slim.tar in /"),
                Layer(1, 6 * Megabyte, "RUN apt-get install -y libpq5"),
                Layer(2, 28 * Megabyte, "COPY --from=builder /venv /venv"),
            ],
            [libpq, libc],
            compressed: 24 * Megabyte,
            new SmokeResult(["python", "/app/main.py"], 0, false, TimeSpan.FromSeconds(0.9), ""));
        var comparison = new VulnerabilityComparison(
            new VulnerabilityScan("osv", ["gcc-12", "libpq-dev", "libpq5", "libc6"],
                [
                    Match(gcc, "CVE-2024-0001", VulnerabilitySeverity.High),
                    Match(libpqDev, "CVE-2024-0002", VulnerabilitySeverity.Critical),
                    Match(libpq, "CVE-2024-0002", VulnerabilitySeverity.Critical),
                    Match(libc, "CVE-2024-0003", VulnerabilitySeverity.Low),
                ],
                []),
            new VulnerabilityScan("osv", ["libpq5", "libc6"],
                [
                    Match(libpq, "CVE-2024-0002", VulnerabilitySeverity.Critical),
                    Match(libc, "CVE-2024-0003", VulnerabilitySeverity.Low),
                ],
                []));

        return new Measurement(before, after, comparison,
            ["Built with podman & BUILDAH_LAYERS=true <as asked>."]);
    }

    /// <summary>Two archives named by path, no database, no smoke run, a failing rewrite
    /// nowhere: the page must still say what it does not know.</summary>
    public static Measurement Compare() => new(
        Image("images/app<1>.tar",
            [Layer(0, 80 * Megabyte, null), Layer(1, 120 * Megabyte, "RUN make & make install")],
            [Package("build-essential", "build-essential"), Package("zlib1g-dev", "zlib")],
            compressed: null,
            smoke: null,
            files: [new ImageFile("/usr/bin/gcc", UnixFileMode.UserExecute)]),
        Image("images/app-slim.tar", [Layer(0, 20 * Megabyte, null)], [], null, null),
        null,
        []);

    /// <summary>A measurement whose images have the given sizes in bytes and layers of those
    /// sizes, to test how charts scale.</summary>
    public static Measurement WithSizes(long before, long after) => new(
        Image("original", [Layer(0, before, "RUN big")], [], null, null),
        Image("rewrite", [Layer(0, after, "RUN small")], [], null, null),
        null,
        []);

    /// <summary>A measurement whose rewrite no longer starts.</summary>
    public static Measurement WithFailingRewrite()
    {
        var measurement = Measure();
        var failed = new SmokeResult(["/app/server"], 127, false, TimeSpan.FromSeconds(0.3),
            "exec /app/server: no such file or directory <&>");
        return measurement with { After = measurement.After with { Smoke = failed } };
    }

    private static ImageMeasurement Image(
        string label,
        IReadOnlyList<LayerAnalysis> layers,
        IReadOnlyList<InstalledPackage> packages,
        long? compressed,
        SmokeResult? smoke,
        IReadOnlyList<ImageFile>? files = null)
    {
        var total = layers.Sum(layer => layer.Size);
        var wasted = layers.Sum(layer => layer.WastedBytes);
        var analysis = new ImageAnalysis(
            label,
            ImageFormat.DockerArchive,
            layers,
            new ImageConfiguration("linux", "amd64", [], [], [], null, null, [],
                new Dictionary<string, string>()),
            total,
            compressed,
            total - wasted,
            100,
            [],
            [],
            [],
            new PackageInventory(packages, []),
            null,
            true,
            []);
        var exposure = ExposureFigures.Measure(packages, files ?? []);
        return new ImageMeasurement(label, analysis, exposure,
            TimeSpan.FromSeconds(42), TimeSpan.FromSeconds(3), smoke);
    }

    private static LayerAnalysis Layer(int index, long size, string? createdBy, long wasted = 0) =>
        new(index, null, null, LayerCompression.None, null, size, createdBy,
            new LayerChanges(10, 0, 0, 0, 10), wasted, 0);

    private static InstalledPackage Package(string name, string source) =>
        new("debian", name, "1.0", source, "1.0");

    private static VulnerabilityMatch Match(
        InstalledPackage package, string id, VulnerabilitySeverity severity) =>
        new(package, id, [], severity, null);
}
