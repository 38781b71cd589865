using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace Ballast.Bench.Syntax;

/// <summary>Runs the parser benchmarks with BenchmarkDotNet, or with <c>--stopwatch</c> a
/// plain timing loop that prints MB/s and bytes allocated per input byte.</summary>
public static class Program
{
    /// <summary>Hands the arguments to BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--stopwatch", .. var only])
        {
            TimeWithStopwatch(only.FirstOrDefault());
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    /// <summary>Times both operations, or only <paramref name="only"/> (<c>parse</c> or
    /// <c>model</c>) so that a profiler's trace shows one of them alone.</summary>
    private static void TimeWithStopwatch(string? only)
    {
        var benchmarks = new SyntaxBenchmarks();
        benchmarks.Setup();
        for (var warmup = 0; warmup < 3; warmup++)
        {
            benchmarks.Parse();
        }

        if (only is null or "parse")
        {
            Report("parse", benchmarks.Parse);
        }

        if (only is null or "model")
        {
            Report("parse and model", benchmarks.ParseAndModel);
        }
    }

    private static void Report(string label, Func<int> operation)
    {
        const int rounds = 10;
        var process = Process.GetCurrentProcess();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var processor = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            operation();
        }

        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        // CPU time as well as wall time: on a shared machine the wall clock also counts the
        // time other processes held the core.
        var cpu = (process.TotalProcessorTime - processor).TotalSeconds;
        var bytes = (double)rounds * SyntaxBenchmarks.CorpusBytes;
        var perByte = (GC.GetAllocatedBytesForCurrentThread() - allocated) / bytes;
        Console.WriteLine($"{label}: {bytes / cpu / 1e6:N1} MB/s of CPU time, "
            + $"{bytes / wall / 1e6:N1} MB/s wall, {perByte:N1} bytes allocated per input byte");
    }
}
