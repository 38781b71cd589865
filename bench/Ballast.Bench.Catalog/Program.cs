using System.Diagnostics;
using Ballast.Bench.Catalog;
using Ballast.Rules;
using Ballast.Workflows;

// Checks a generated corpus in one process, as `ballast check FOLDER` does, and prints
// files per second. Usage: Ballast.Bench.Catalog [COUNT] [FOLDER]
var count = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 2000;
var folder = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "ballast-corpus");
if (Directory.Exists(folder))
{
    Directory.Delete(folder, recursive: true);
}

CorpusWriter.Write(folder, count);

// One warm-up pass loads the knowledge tables and JIT-compiles the rules.
CheckRun.Execute(new CheckOptions([folder], FailOn: null), Checker.Default);

var clock = Stopwatch.StartNew();
var run = CheckRun.Execute(new CheckOptions([folder], FailOn: null), Checker.Default);
clock.Stop();

var files = run.Report.Files.Count;
var findings = run.Report.Files.Sum(file => file.Findings.Count);
var rate = files / clock.Elapsed.TotalSeconds;
Console.WriteLine($"corpus: {folder}");
Console.WriteLine($"files: {files}, findings: {findings}, cores: {Environment.ProcessorCount}");
Console.WriteLine($"elapsed: {clock.Elapsed.TotalMilliseconds:F0} ms");
Console.WriteLine($"files per second: {rate:F0}");
return 0;
