using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Rules;
using Ballast.Text;
using BenchmarkDotNet.Attributes;

namespace Ballast.Bench.Shell;

/// <summary>
/// Reads a corpus of RUN scripts; one operation is the whole corpus, so scripts per second
/// is <see cref="CorpusSize"/> divided by the mean time.
/// </summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes and rejects sealed ones.
[MemoryDiagnoser]
public class ShellBenchmarks
{
    /// <summary>How many scripts one operation reads.</summary>
    public const int CorpusSize = 1000;

    private string[] scripts = [];

    private SourceText[] dockerfiles = [];

    /// <summary>Builds the corpus once, and a one-RUN Dockerfile around each script.</summary>
    [GlobalSetup]
    public void Setup()
    {
        scripts = ScriptCorpus.Generate(CorpusSize);
        dockerfiles = [.. scripts.Select(script =>
            new SourceText($"FROM debian:12-slim\nRUN {script}\n"))];
    }

    /// <summary>Parses every script.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = CorpusSize)]
    public int Parse()
    {
        int commands = 0;
        foreach (string script in scripts)
        {
            commands += ShellParser.Parse(script).Commands.Count;
        }

        return commands;
    }

    /// <summary>Parses every script, reads its package commands and finds left caches.
    /// </summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int ParseAndAnalyse()
    {
        int found = 0;
        foreach (string text in scripts)
        {
            ShellScript script = ShellParser.Parse(text);
            foreach (ShellCommand command in script.Commands)
            {
                found += PackageCommandReader.Read(command)?.Packages.Count ?? 0;
            }

            found += CacheAnalysis.Find(script, []).Count;
        }

        return found;
    }

    /// <summary>Checks a Dockerfile around every script with every rule of the catalogue:
    /// parsing, the model, the shell reading and all rules.</summary>
    [Benchmark(OperationsPerInvoke = CorpusSize)]
    public int Check()
    {
        int findings = 0;
        foreach (SourceText dockerfile in dockerfiles)
        {
            findings += Checker.Default.Check(dockerfile).Findings.Count;
        }

        return findings;
    }
}
