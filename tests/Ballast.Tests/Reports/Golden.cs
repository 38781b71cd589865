using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace Ballast.Tests.Reports;

/// <summary>Compares output with a file under Reports/Golden, byte for byte. Run the tests
/// with BALLAST_UPDATE_GOLDEN=1 to rewrite the files from the current output, then review the
/// change with git diff before committing it.</summary>
internal static class Golden
{
    public const string UpdateVariable = "BALLAST_UPDATE_GOLDEN";

    public static void Matches(
        string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden", name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual, new UTF8Encoding(false));
        }

        Assert.True(
            File.Exists(path),
            $"Golden file {path} is missing; run the tests with {UpdateVariable}=1 to create it.");
        var expected = File.ReadAllText(path, new UTF8Encoding(false));
        Assert.Equal(expected, actual);
    }

    /// <summary>A file that sits beside the tests in the source tree, such as the SARIF
    /// schema under Reports/Data.</summary>
    public static string SourceFile(string relativePath, [CallerFilePath] string callerPath = "")
        => Path.Combine(Path.GetDirectoryName(callerPath)!, relativePath);
}
