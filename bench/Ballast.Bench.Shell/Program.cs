using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace Ballast.Bench.Shell;

/// <summary>
/// Runs the shell benchmarks; pass <c>--job short</c> for a quick BenchmarkDotNet run, or
/// <c>--stopwatch</c> for a plain timing loop that prints scripts per second.
/// </summary>
public static class Program
{
    /// <summary>Hands the arguments to BenchmarkDotNet's switcher.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--stopwatch", ..])
        {
            TimeWithStopwatch();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void TimeWithStopwatch()
    {
        var benchmarks = new ShellBenchmarks();
        benchmarks.Setup();
        for (int warmup = 0; warmup < 20; warmup++)
        {
            benchmarks.Parse();
            benchmarks.ParseAndAnalyse();
            benchmarks.Check();
        }

        const int rounds = 50;
        var clock = Stopwatch.StartNew();
        for (int round = 0; round < rounds; round++)
        {
            benchmarks.Parse();
        }

        double parse = rounds * ShellBenchmarks.CorpusSize / clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (int round = 0; round < rounds; round++)
        {
            benchmarks.ParseAndAnalyse();
        }

        double analyse = rounds * ShellBenchmarks.CorpusSize / clock.Elapsed.TotalSeconds;
        clock.Restart();
        for (int round = 0; round < rounds; round++)
        {
            benchmarks.Check();
        }

        double check = rounds * ShellBenchmarks.CorpusSize / clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"parse: {parse:N0} scripts/s; parse and analyse: {analyse:N0} scripts/s; "
            + $"full check: {check:N0} scripts/s");
    }
}
