using System.Diagnostics;
using Ballast.Bench.Images;
using Ballast.Images;

// Two commands so run.sh can time the tar floor between them with the shell's /dev/null:
//   generate DIR MEGABYTES   writes DIR/layer.tar.gz and DIR/image.tar (an OCI archive)
//   read IMAGE [verify|trust] times ImageReader.Analyze, best of three, and prints seconds
if (args.Length >= 3 && args[0] == "generate")
{
    var written = ImageGenerator.Generate(args[1], long.Parse(args[2]) << 20);
    Console.WriteLine($"uncompressed_bytes {written.Uncompressed}");
    Console.WriteLine($"compressed_bytes {written.Compressed}");
    return 0;
}

if (args.Length >= 2 && args[0] == "read")
{
    var options = new ImageReadOptions { VerifyDigests = args.Length < 3 || args[2] != "trust" };
    var best = double.MaxValue;
    var bestCpu = double.MaxValue;
    ImageAnalysis? analysis = null;
    var process = Process.GetCurrentProcess();
    for (var run = 0; run < 3; run++)
    {
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = ImageReader.Analyze(args[1], options);
        clock.Stop();
        process.Refresh();
        bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.Error);
            return 1;
        }

        analysis = result.Analysis;
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    Console.WriteLine($"seconds {best:F3}");
    Console.WriteLine($"cpu_seconds {bestCpu:F3}");
    Console.WriteLine($"files {analysis!.FileCount} bytes {analysis.TotalBytes}");
    Console.WriteLine($"peak_working_set_mb {process.PeakWorkingSet64 >> 20}");
    return 0;
}

if (args.Length >= 2 && args[0] == "describe")
{
    var result = ImageReader.Analyze(args[1]);
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(result.Error);
        return 1;
    }

    Describe(result.Analysis);
    return 0;
}

Console.Error.WriteLine(
    "usage: generate DIR MEGABYTES | read IMAGE [verify|trust] | describe IMAGE");
return 2;

static void Describe(ImageAnalysis analysis)
{
    Console.WriteLine($"format {analysis.Format} os {analysis.OsRelease?.PrettyName}");
    Console.WriteLine($"total {analysis.TotalBytes} final {analysis.FinalBytes} "
        + $"wasted {analysis.WastedBytes} efficiency {analysis.Efficiency:F4} "
        + $"compressed {analysis.CompressedBytes} files {analysis.FileCount}");
    foreach (var layer in analysis.Layers)
    {
        Console.WriteLine($"layer {layer.Index} {layer.Compression} size {layer.Size} "
            + $"compressed {layer.CompressedSize} wasted {layer.WastedBytes} "
            + $"hidden {layer.HiddenBytes} {layer.Changes} | {layer.Instruction}");
    }

    foreach (var path in analysis.WastedPaths.Take(5))
    {
        Console.WriteLine($"wasted {path}");
    }

    foreach (var directory in analysis.LargestDirectories.Take(5))
    {
        Console.WriteLine($"directory {directory}");
    }

    var byEcosystem = analysis.Packages.Packages.GroupBy(p => p.Ecosystem)
        .Select(g => $"{g.Key}={g.Count()}");
    Console.WriteLine($"packages {string.Join(' ', byEcosystem)}");
    Console.WriteLine($"config user={analysis.Configuration.User} "
        + $"cmd={string.Join(' ', analysis.Configuration.Cmd)}");
    foreach (var note in analysis.Notes)
    {
        Console.WriteLine($"note {note}");
    }
}
