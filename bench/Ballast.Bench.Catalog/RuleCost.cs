using System.Diagnostics;
using Ballast.Model;
using Ballast.Rules;

namespace Ballast.Bench.Catalog;

/// <summary>What one rule costs over a set of models: wall time on this thread and the
/// bytes it allocates.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Elapsed">The time the rule took over all the models.</param>
/// <param name="Allocated">The bytes the rule allocated over all the models.</param>
internal sealed record RuleCost(string Id, TimeSpan Elapsed, long Allocated)
{
    /// <summary>Runs <paramref name="rule"/> by itself over <paramref name="models"/> on this
    /// thread, five times so that timer resolution and one-off pauses matter less.</summary>
    public static RuleCost Measure(Rule rule, IReadOnlyList<DockerfileModel> models)
    {
        const int Rounds = 5;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var model in models)
            {
                Drain(rule.Check(new RuleContext(model)));
            }
        }

        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        return new RuleCost(rule.Descriptor.Id, clock.Elapsed / Rounds, allocated / Rounds);
    }

    // The rule alone, without the checker's sorting and directive reading around it.
    private static void Drain(IEnumerable<Finding> findings)
    {
        foreach (var finding in findings)
        {
            GC.KeepAlive(finding);
        }
    }
}
