using Xunit;

namespace Ballast.Tests.Vulnerabilities;

/// <summary>Reads the tab-separated version pair tables under Cases/Vulnerabilities.</summary>
internal static class VersionPairs
{
    public static TheoryData<string, string, int> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Cases", "Vulnerabilities", fileName);
        var data = new TheoryData<string, string, int>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2] switch { "<" => -1, ">" => 1, _ => 0 });
        }

        return data;
    }
}
