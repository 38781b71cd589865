using System.Text;
using Ballast.Reports;
using Ballast.Rewrite;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Reports;

public sealed class UnifiedDiffTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static TheoryData<string, string, string> Cases => new()
    {
        { "one changed line", "a\nb\nc\nd\ne\n", "a\nb\nC\nd\ne\n" },
        { "two distant hunks", Lines(1, 20), Replace(Lines(1, 20), "l2", "l18") },
        { "two near changes share a hunk", Lines(1, 20), Replace(Lines(1, 20), "l5", "l10") },
        { "insertion at the start", "a\nb\nc\nd\n", "new\na\nb\nc\nd\n" },
        { "deletion at the end", "a\nb\nc\nd\ne\n", "a\nb\nc\n" },
        { "CRLF file", "FROM a\r\nRUN b\r\nCMD c\r\n", "FROM a\r\nRUN b && c\r\nCMD c\r\n" },
        { "CRLF turned into LF", "FROM a\r\nRUN b\r\n", "FROM a\nRUN b\n" },
        { "original lacks the final newline", "FROM a\nRUN b", "FROM a\nRUN c" },
        { "final newline added", "FROM a\nRUN b", "FROM a\nRUN b\n" },
        { "final newline removed", "FROM a\nRUN b\n", "FROM a\nRUN b" },
        { "empty original", "", "FROM a\nRUN b\n" },
        { "mixed endings", "a\r\nb\nc\r\nd", "a\r\nB\nc\r\nd\n" },
    };

    [Fact]
    public void Equal_texts_give_an_empty_diff()
    {
        var diff = UnifiedDiff.Create("Dockerfile", "FROM a\n", "FROM a\n");

        Assert.Equal(string.Empty, diff);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Patch_applies_the_diff_and_gives_the_new_text(
        string name, string before, string after)
    {
        var diff = UnifiedDiff.Create("Dockerfile", before, after);

        var patched = ApplyWithPatch(before, diff);

        Assert.True(after == patched, $"{name}: patch gave {Visible(patched)}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Hunks_are_the_ones_GNU_diff_writes(string name, string before, string after)
    {
        var ours = UnifiedDiff.Create("Dockerfile", before, after);

        var theirs = DiffWithGnuDiff(before, after);

        Assert.True(
            Body(ours) == Body(theirs),
            $"{name}:\nours\n{Visible(Body(ours))}\nGNU\n{Visible(Body(theirs))}");
    }

    [Fact]
    public void CRLF_lines_keep_their_carriage_return_in_the_diff()
    {
        var diff = UnifiedDiff.Create("Dockerfile", "FROM a\r\nRUN b\r\n", "FROM a\r\nRUN c\r\n");

        Assert.Contains("-RUN b\r\n+RUN c\r\n", diff, StringComparison.Ordinal);
        Assert.Contains(" FROM a\r\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_of_line_ending_alone_shows_as_a_changed_line()
    {
        var diff = UnifiedDiff.Create("Dockerfile", "FROM a\r\n", "FROM a\n");

        Assert.Equal("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1 +1 @@\n-FROM a\r\n+FROM a\n", diff);
    }

    [Fact]
    public void Last_line_without_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("Dockerfile", "FROM a\nRUN b", "FROM a\nRUN b\n");

        Assert.EndsWith(
            "-RUN b\n\\ No newline at end of file\n+RUN b\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_name_the_path_with_a_and_b_prefixes_and_forward_slashes()
    {
        var diff = UnifiedDiff.Create(@"svc\api\Dockerfile", "a\n", "b\n");

        Assert.StartsWith(
            "--- a/svc/api/Dockerfile\n+++ b/svc/api/Dockerfile\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_edit_of_random_lines_round_trips_through_patch()
    {
        var line = Gen.Select(Gen.OneOf("a", "b", "c", "RUN x", ""), Gen.OneOf("\n", "\r\n"))
            .Select((text, ending) => text + ending);
        var text = Gen.Select(line.Array[0, 12], Gen.Bool)
            .Select((lines, trimLast) => TrimFinalNewline(string.Concat(lines), trimLast));

        Gen.Select(text, text).Sample(
            (before, after) =>
            {
                var diff = UnifiedDiff.Create("Dockerfile", before, after);
                var patched = ApplyWithPatch(before, diff);
                Assert.Equal(after, patched);
            },
            iter: 60);
    }

    [Fact]
    public void Fix_report_writer_follows_the_diffs_with_changes_and_a_labelled_estimate()
    {
        using var output = new StringWriter();

        FixReportWriter.Write([SampleReports.Fix()], output);

        var text = output.ToString();
        Assert.Contains(
            "Why: The container no longer runs as root.\n", text, StringComparison.Ordinal);
        Assert.Contains("(an estimate, not a measurement)", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("@@", StringComparison.Ordinal)
            < text.IndexOf("Dockerfile: 2 changes", StringComparison.Ordinal));
    }

    [Fact]
    public void Whole_fix_output_with_its_summary_still_applies_with_patch()
    {
        var report = SampleReports.Fix();
        using var output = new StringWriter();
        FixReportWriter.Write([report], output);

        var patched = ApplyWithPatch(report.OriginalText, output.ToString());

        Assert.Equal(report.NewText, patched);
    }

    [Theory]
    [InlineData("FROM a\r\nRUN b\r\nCMD c", "FROM a\r\nRUN b && d\r\nCMD c\r\n")]
    [InlineData("FROM a\nRUN b\n", "FROM a\nUSER 1\nRUN b")]
    public void Git_apply_accepts_the_fix_output_with_its_summary(string before, string after)
    {
        var report = new FixReport(
            "Dockerfile", before, after, [new ChangeExplanation("Changed.", "Because.")], ["x"]);
        using var output = new StringWriter();
        FixReportWriter.Write([report], output);

        var patched = Apply(before, output.ToString(), "git", "apply", "-p1", "fix.patch");

        Assert.Equal(after, patched);
    }

    [Fact]
    public void Two_files_give_both_diffs_then_both_summaries()
    {
        var first = new FixReport("a/Dockerfile", "FROM a\n", "FROM b\n", [], []);
        var second = new FixReport("b/Dockerfile", "FROM c\n", "FROM d\n", [], []);
        using var output = new StringWriter();

        FixReportWriter.Write([first, second], output);

        Assert.Equal(
            "--- a/a/Dockerfile\n+++ b/a/Dockerfile\n@@ -1 +1 @@\n-FROM a\n+FROM b\n"
            + "--- a/b/Dockerfile\n+++ b/b/Dockerfile\n@@ -1 +1 @@\n-FROM c\n+FROM d\n"
            + "\na/Dockerfile: 0 changes\n\nb/Dockerfile: 0 changes\n",
            output.ToString());
    }

    [Fact]
    public void Unchanged_file_has_no_diff_and_says_so_in_the_summary()
    {
        var report = new FixReport("Dockerfile", "FROM a\n", "FROM a\n", [], []);
        using var output = new StringWriter();

        FixReportWriter.Write([report], output);

        Assert.Equal("Dockerfile: no changes.\n", output.ToString());
    }

    private static string Replace(string text, string first, string second) =>
        text.Replace($"{first}\n", "x\n", StringComparison.Ordinal)
            .Replace($"{second}\n", "y\n", StringComparison.Ordinal);

    private static string Lines(int first, int last) =>
        string.Concat(Enumerable.Range(first, last - first + 1).Select(n => $"l{n}\n"));

    private static string TrimFinalNewline(string text, bool trim) =>
        trim && text.EndsWith('\n') ? text[..^1] : text;

    private static string Visible(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal);

    /// <summary>The hunks of a diff without its two header lines, which carry file names and,
    /// for GNU diff, time stamps.</summary>
    private static string Body(string diff) =>
        diff.Length == 0 ? diff : string.Join('\n', diff.Split('\n').Skip(2));

    // --binary keeps patch from turning CRLF into LF, so line endings are tested too.
    private static string ApplyWithPatch(string before, string diff) =>
        Apply(before, diff, "patch", "-p1", "--binary", "--batch", "--quiet", "-i", "fix.patch");

    private static string Apply(
        string before, string diff, string program, params string[] arguments)
    {
        var directory = Directory.CreateTempSubdirectory("ballast-patch-");
        try
        {
            var file = Path.Combine(directory.FullName, "Dockerfile");
            File.WriteAllText(file, before, Utf8);
            File.WriteAllText(Path.Combine(directory.FullName, "fix.patch"), diff, Utf8);

            var (exitCode, message) = MachineTool.Run(program, directory.FullName, arguments);

            Assert.True(exitCode == 0, $"{program} failed: {message}\n{Visible(diff)}");
            return File.Exists(file) ? File.ReadAllText(file, Utf8) : string.Empty;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static string DiffWithGnuDiff(string before, string after)
    {
        var directory = Directory.CreateTempSubdirectory("ballast-diff-");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "old"), before, Utf8);
            File.WriteAllText(Path.Combine(directory.FullName, "new"), after, Utf8);

            var (exitCode, output) =
                MachineTool.Run("diff", directory.FullName, "-u", "old", "new");

            Assert.True(exitCode is 0 or 1, $"diff failed: {output}");
            return output;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
