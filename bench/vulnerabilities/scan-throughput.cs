#:project ../../src/Ballast/Ballast.csproj
#:property PublishAot=false

// Measures how long one scan of a Debian-sized OSV export takes and how much memory it
// needs, on a synthetic export shaped like the real one (records per source package, three
// releases each), since the real export cannot be downloaded on every machine.
// Usage: dotnet run scan-throughput.cs [RECORDS]
using System.Diagnostics;
using System.IO.Compression;
using Ballast.Images;
using Ballast.Vulnerabilities;

var records = args.Length > 0 ? int.Parse(args[0]) : 60_000;
var folder = Path.Combine(Path.GetTempPath(), "ballast-bench-osv-" + Environment.ProcessId);
var export = Path.Combine(folder, "Debian", "all.zip");
Directory.CreateDirectory(Path.GetDirectoryName(export)!);

using (var archive = ZipFile.Open(export, ZipArchiveMode.Create))
{
    for (var i = 0; i < records; i++)
    {
        var source = i % 40 == 0 ? "openssl" : $"source{i % 3000}";
        using var writer = new StreamWriter(archive.CreateEntry($"DEBIAN-CVE-{i}.json").Open());
        writer.Write($$$"""
            {"id":"DEBIAN-CVE-{{{i}}}","modified":"2026-11-01T00:00:00Z",
             "upstream":["CVE-2026-{{{i}}}"],
             "details":"{{{new string('x', 400)}}}","affected":[
             {"package":{"ecosystem":"Debian:11","name":"{{{source}}}"},
              "ranges":[{"type":"ECOSYSTEM",
                "events":[{"introduced":"0"},{"fixed":"1.0-1+deb11u1"}]}],
              "ecosystem_specific":{"urgency":"low"}},
             {"package":{"ecosystem":"Debian:12","name":"{{{source}}}"},
              "ranges":[{"type":"ECOSYSTEM",
                "events":[{"introduced":"0"},{"fixed":"3.0.{{{i % 30}}}-1~deb12u1"}]}],
              "ecosystem_specific":{"urgency":"medium"}},
             {"package":{"ecosystem":"Debian:13","name":"{{{source}}}"},
              "ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"}]}]}]}
            """);
    }
}

InstalledPackage[] packages =
[
    new("Debian", "libssl3", "3.0.15-1~deb12u1", "openssl", "3.0.15-1~deb12u1"),
    new("Debian", "openssl", "3.0.15-1~deb12u1", "openssl", "3.0.15-1~deb12u1"),
    .. Enumerable.Range(0, 40).Select(i =>
        new InstalledPackage("Debian", $"bin{i}", "1.0-1", $"source{i}", "1.0-1")),
];

VulnerabilityDatabase.TryOpen(folder, out var database, out _);
var release = new DistributionRelease("Debian", "12");
var clock = Stopwatch.StartNew();
var scan = database!.Scan(packages, release);
var single = clock.Elapsed;
clock.Restart();
var both = database.ScanEach([packages, packages[2..]], release);
var pair = clock.Elapsed;
var peak = Process.GetCurrentProcess().PeakWorkingSet64;

Console.WriteLine($"records {records}, export {new FileInfo(export).Length / 1_000_000.0:F1} MB");
Console.WriteLine($"one scan {single.TotalSeconds:F2} s, {scan.Matches.Count} matches, "
    + $"{scan.Counts.Total} distinct");
Console.WriteLine($"original and rewrite together {pair.TotalSeconds:F2} s, "
    + $"{both[0].Counts.Total} and {both[1].Counts.Total} distinct");
Console.WriteLine($"peak working set {peak / 1_000_000} MB");
Directory.Delete(folder, recursive: true);
