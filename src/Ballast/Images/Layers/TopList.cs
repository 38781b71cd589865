namespace Ballast.Images.Layers;

/// <summary>Keeps the <c>n</c> largest items offered, without holding the rest.</summary>
internal sealed class TopList<T>(int capacity)
{
    private readonly PriorityQueue<(T Item, long Size), long> queue = new();

    public void Offer(T item, long size)
    {
        if (capacity <= 0)
        {
            return;
        }

        if (queue.Count < capacity)
        {
            queue.Enqueue((item, size), size);
            return;
        }

        if (queue.TryPeek(out _, out var smallest) && size > smallest)
        {
            queue.DequeueEnqueue((item, size), size);
        }
    }

    /// <summary>Largest first; equal sizes by name so output is stable.</summary>
    public IReadOnlyList<(T Item, long Size)> Ordered(Func<T, string> name) =>
        queue.UnorderedItems
            .Select(entry => entry.Element)
            .OrderByDescending(entry => entry.Size)
            .ThenBy(entry => name(entry.Item), StringComparer.Ordinal)
            .ToList();
}
