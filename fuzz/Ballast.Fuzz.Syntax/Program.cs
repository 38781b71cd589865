using System.Text;
using Ballast.Model;
using Ballast.Rules;
using Ballast.Syntax;
using SharpFuzz;

namespace Ballast.Fuzz.Syntax;

/// <summary>
/// AFL++ entry point: each input is decoded as UTF-8 and parsed. Any exception, a printed
/// tree that differs from the input, or tokens that do not partition it is a crash for
/// AFL to keep.
/// </summary>
public static class Program
{
    /// <summary>Runs the fuzzing loop under afl-fuzz.</summary>
    public static void Main() => Fuzzer.OutOfProcess.Run(Check);

    private static void Check(Stream input)
    {
        using var reader = new StreamReader(input, Encoding.UTF8);
        var text = reader.ReadToEnd();

        var tree = DockerfileParser.Parse(text);
        if (tree.ToFullString() != text)
        {
            throw new InvalidOperationException("printing the tree lost or changed text");
        }

        var cursor = 0;
        foreach (var token in tree.Tokens)
        {
            if (token.Span.Start != cursor)
            {
                throw new InvalidOperationException($"token gap or overlap at {cursor}");
            }

            cursor = token.Span.End;
        }

        Checker.Default.Check(DockerfileModel.Build(tree));
    }
}
