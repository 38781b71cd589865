using System.Diagnostics;
using Ballast.Bench.Catalog;
using Ballast.Rules;
using Ballast.Workflows;

// Checks a generated corpus in one process, as `ballast check FOLDER` does, and prints
// files per second. Usage: Ballast.Bench.Catalog [COUNT] [FOLDER]
// With --write FOLDER [COUNT] it only writes the corpus, for comparisons with other linters.
if (args.Length > 1 && args[0] == "--write")
{
    var size = args.Length > 2 && int.TryParse(args[2], out var asked) ? asked : 2000;
    var written = CorpusWriter.Write(args[1], size);
    Console.WriteLine($"wrote {written.Count} Dockerfiles to {args[1]}");
    return 0;
}

var count = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 2000;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "ballast-corpus");
if (Directory.Exists(folder))
{
    Directory.Delete(folder, recursive: true);
}

CorpusWriter.Write(folder, count);

// One warm-up pass loads the knowledge tables and JIT-compiles the rules.
CheckRun.Execute(new CheckOptions([folder], FailOn: null), Checker.Default);

var process = Process.GetCurrentProcess();
var processor = process.TotalProcessorTime;
var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
var collectionsBefore = GC.CollectionCount(0);
var clock = Stopwatch.StartNew();
var run = CheckRun.Execute(new CheckOptions([folder], FailOn: null), Checker.Default);
clock.Stop();
process.Refresh();
var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
var collections = GC.CollectionCount(0) - collectionsBefore;
// CPU time as well as wall time: on a shared machine the wall clock also counts the time
// other processes held the cores.
var cpu = (process.TotalProcessorTime - processor).TotalSeconds;

var files = run.Report.Files.Count;
var findings = run.Report.Files.Sum(file => file.Findings.Count);
var rate = files / clock.Elapsed.TotalSeconds;
Console.WriteLine($"corpus: {folder}");
Console.WriteLine($"files: {files}, findings: {findings}, cores: {Environment.ProcessorCount}");
Console.WriteLine($"elapsed: {clock.Elapsed.TotalMilliseconds:F0} ms");
Console.WriteLine($"files per second: {rate:F0}");
Console.WriteLine($"CPU time: {cpu * 1000:F0} ms, files per CPU second: {files / cpu:F0}, "
    + $"so on {Environment.ProcessorCount} idle cores about "
    + $"{files / cpu * Environment.ProcessorCount:F0} files per second");
// Allocation does not depend on the load of a shared machine, and the garbage collector
// took about a third of the samples of a trace, so it is the steadier figure to compare.
Console.WriteLine($"allocated: {allocated / 1_048_576.0:F0} MB, "
    + $"{allocated / 1024.0 / files:F1} KB per file, gen0 collections: {collections}");

// The same files already in memory, rules only: what the file system and configuration
// lookup cost on top.
var texts = Directory.GetFiles(folder).Select(path => new Ballast.Text.SourceText(
    File.ReadAllText(path), path)).ToList();
var rulesClock = Stopwatch.StartNew();
Parallel.ForEach(texts, text => Checker.Default.Check(text));
rulesClock.Stop();
var rulesRate = texts.Count / rulesClock.Elapsed.TotalSeconds;
Console.WriteLine($"parse, model and rules only, files per second: {rulesRate:F0}");
// Time and allocation per rule over the models, built once, to show where the time goes.
// One pass of every rule first fills the models' lazy parts (shell scripts, package
// commands, caches), which would otherwise be charged to whichever rule reads them first.
var models = texts.Take(300).Select(text => Ballast.Model.DockerfileModel.Build(
    Ballast.Syntax.DockerfileParser.Parse(text))).ToList();
models.ForEach(model => Checker.Default.Check(model));
var costs = RuleCatalog.All.Select(rule => RuleCost.Measure(rule, models))
    .OrderByDescending(cost => cost.Elapsed)
    .ToList();
Console.WriteLine($"per rule over {models.Count} models (time, allocated), costliest first:");
costs.ForEach(cost => Console.WriteLine(
    $"  {cost.Id}: {cost.Elapsed.TotalMilliseconds:F1} ms, {cost.Allocated / 1024} KB"));

return 0;
