using Ballast.Model;
using Ballast.Syntax;
using BenchmarkDotNet.Attributes;

namespace Ballast.Bench.Syntax;

/// <summary>Parses a generated corpus of <see cref="CorpusBytes"/> characters; MB/s is the
/// corpus size divided by the mean time.</summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes and rejects sealed ones.
[MemoryDiagnoser]
public class SyntaxBenchmarks
{
    /// <summary>The corpus size in characters (all ASCII, so also bytes).</summary>
    public const int CorpusBytes = 4 * 1024 * 1024;

    private string corpus = "";

    /// <summary>Builds the corpus once.</summary>
    [GlobalSetup]
    public void Setup() => corpus = DockerfileCorpus.Generate(CorpusBytes);

    /// <summary>Parses the corpus into the lossless tree.</summary>
    [Benchmark(Baseline = true)]
    public int Parse() => DockerfileParser.Parse(corpus).Tokens.Count;

    /// <summary>Parses the corpus and builds the model over it.</summary>
    [Benchmark]
    public int ParseAndModel() => DockerfileModel.Parse(corpus).Stages.Count;
}
