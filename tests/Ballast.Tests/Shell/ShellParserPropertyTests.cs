using Ballast.Shell;
using Ballast.Shell.Caches;
using Ballast.Shell.Commands;
using Ballast.Text;
using CsCheck;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class ShellParserPropertyTests
{
    private static readonly string[] Fragments =
    [
        "apt-get", "install", "-y", "--no-install-recommends", "pip", "-r", "npm", "i",
        "rm", "-rf", "/var/lib/apt/lists/*", "curl", "-o", "|", "sh", "-c", "bash", "sudo",
        "env", "A=1", "x", "'", "\"", "$(", ")", "`", "${", "}", "{", "(", "&&", "||", ";",
        "&", "\n", "\\\n", "\\", "#", "if", "then", "elif", "else", "fi", "for", "in", "do",
        "done", "while", "case", "esac", ";;", "<<EOF", "<<-'E'", "EOF", "\tE", "2>&1",
        ">/dev/null", "<", "((", "))", "[[", "]]", "function", "f()", "$'", "$x", "=",
        "set", "$A", "\"$x\"", "${x}", "-euxo", "pipefail", "xargs", "tar", "xzf", "--", "@",
        "==", "~", "\t",
    ];

    private static readonly string[] Seeds =
    [
        "set -eux; apt-get update && apt-get install -y --no-install-recommends curl=8.5 "
        + "&& rm -rf /var/lib/apt/lists/*",
        "sh -c 'cd /src && ( make || exit 1 ) | tee log 2>&1' && echo \"$(date) `id -u`\"",
        "if [ -f x ]; then for f in a b; do case $f in a) echo ${f:-x};; esac; done; fi",
        "cat <<EOF > /etc/conf\nkey=$(hostname)\nEOF\nsudo -E env A=1 pip install -r r.txt",
        "curl -fsSL https://x | bash -s -- --yes; f() { apk add --no-cache git; }; f",
    ];

    private static readonly Gen<string> FragmentScripts =
        Gen.OneOf(Fragments).Array[0, 40].Select(parts => string.Join(" ", parts));

    private static readonly Gen<string> CharacterScripts =
        Gen.String[Gen.Char["ab -=$'\"`\\(){}|&;<>#\n\t*~/.cEOF"], 0, 80];

    private static readonly Gen<string> MutatedScripts =
        Gen.Select(Gen.OneOf(Seeds), Gen.Int[0, 1000].Array[0, 6], Gen.Char["'\"`$(){};|&\\\n"])
            .Select(Mutate);

    [Fact]
    public void Parsing_fragment_soup_never_throws_and_spans_match_the_text()
    {
        FragmentScripts.Sample(CheckScript, iter: 3000);
    }

    [Fact]
    public void Parsing_random_characters_never_throws_and_spans_match_the_text()
    {
        CharacterScripts.Sample(CheckScript, iter: 3000);
    }

    [Fact]
    public void Parsing_mutated_scripts_never_throws_and_spans_match_the_text()
    {
        MutatedScripts.Sample(CheckScript, iter: 3000);
    }

    [Fact]
    public void Parsing_with_known_variables_keeps_spans_on_the_written_word()
    {
        var variables = new Dictionary<string, string> { ["x"] = " a  b ", ["A"] = "" };

        FragmentScripts.Sample(text => CheckScript(text, variables), iter: 2000);
    }

    [Fact]
    public void Deep_nesting_becomes_a_diagnostic_not_a_crash()
    {
        string text = string.Concat(Enumerable.Repeat("$(", 5000)) + "ls"
            + string.Concat(Enumerable.Repeat("(", 5000)) + "{ if";

        ShellScript script = ShellParser.Parse(text);

        Assert.NotEmpty(script.Diagnostics);
    }

    private static void CheckScript(string text) => CheckScript(text, null);

    private static void CheckScript(string text, IReadOnlyDictionary<string, string>? variables)
    {
        ShellScript script = ShellParser.Parse(text, default, variables);

        foreach (ShellCommand command in script.Commands)
        {
            Assert.True(Inside(command.Span, text), $"command span {command.Span}");
            foreach (ShellWord word in Words(command))
            {
                AssertExact(word, text);
            }

            ReadEverything(command, script);
        }

        Assert.All(script.Diagnostics, diagnostic => Assert.True(Inside(diagnostic.Span, text)));
        Assert.NotNull(CacheAnalysis.Find(script, ["/root/.cache"]));
    }

    private static void ReadEverything(ShellCommand command, ShellScript script)
    {
        if (PackageCommandReader.Read(command) is { } package)
        {
            Assert.All(package.Options.Select(option => option.Value).OfType<ShellWord>(),
                word => AssertExact(word, script.Text));
            Assert.All(package.Packages, argument => AssertExact(argument.Word, script.Text));
            Assert.True(package.InsertionPoint is null or >= 0
                && package.InsertionPoint <= script.Text.Length);
        }

        FileCommandReader.ReadRemove(command);
        FileCommandReader.ReadPermission(command);
        FileCommandReader.ReadDownload(command, script);
        FileCommandReader.ReadArchive(command);
    }

    private static IEnumerable<ShellWord> Words(ShellCommand command) =>
        command.Words
            .Concat(command.Assignments.Select(assignment => assignment.Value))
            .Concat(command.Redirections.Select(redirection => redirection.Target)
                .OfType<ShellWord>());

    private static void AssertExact(ShellWord word, string text)
    {
        Assert.True(Inside(word.Span, text), $"span {word.Span} of '{word.Raw}'");
        if (!word.IsFromOuterWord)
        {
            Assert.Equal(word.Raw, text.Substring(word.Span.Start, word.Span.Length));
        }
    }

    private static bool Inside(TextSpan span, string text) =>
        span.Start >= 0 && span.Length >= 0 && span.End <= text.Length;

    private static string Mutate((string Seed, int[] Positions, char Inserted) input)
    {
        var text = new System.Text.StringBuilder(input.Seed);
        foreach (int position in input.Positions)
        {
            int at = position % (text.Length + 1);
            if (position % 2 == 0 && at < text.Length)
            {
                text.Remove(at, 1);
            }
            else
            {
                text.Insert(at, input.Inserted);
            }
        }

        return text.ToString();
    }
}
