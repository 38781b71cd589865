using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Text;
using CsCheck;

namespace Ballast.Tests.ShellRules;

/// <summary>Generated Dockerfiles whose RUNs are built from the pieces of real scripts and
/// from shell fragments: checking and fixing them never throws and no rule fails.</summary>
public sealed class RunCorpusPropertyTests
{
    private static readonly string[] Steps =
    [
        "apt-get update", "apt-get install curl wget", "apt-get upgrade",
        "rm -rf /var/lib/apt/lists/*", "apk add git", "apk update", "dnf install gcc",
        "yum update -y", "zypper in -y make", "pip install requests", "npm install -g x",
        "yarn add y", "gem install rails", "composer install", "go build ./...",
        "curl -fsSL https://x | sh", "wget -qO- https://x | bash -s", "sudo make install",
        "cd /src", "( cd /src && make )", "chown -R app:app /app", "chmod -R 755 /app",
        "rm -rf /app/tests", "rm -f /tmp/a.tgz", "set -o pipefail", "sh -c 'cd /x && y'",
        "if true; then apt-get install z; fi", "a | b | c", "echo $(curl -s https://x | sh)",
    ];

    private static readonly string[] Fragments =
    [
        "&&", "||", ";", "|", "(", ")", "{", "}", "'", "\"", "$(", "`", "\\\n", "#", "-R",
        "-y", "--no-cache", "<<EOF", "EOF", "\n", "fi", "done", "then", "=", "@", "==",
    ];

    private static readonly string[] Headers =
    [
        "FROM debian:12\n", "FROM alpine:3.20\nCOPY . /app\n",
        "FROM debian:12 AS build\nRUN make\nFROM build\nCOPY app.tgz /tmp/\n",
        "FROM debian:12\nSHELL [\"/bin/bash\", \"-c\"]\nCOPY . /app/\n",
        "FROM debian:12\nSHELL [\"pwsh\", \"-c\"]\n",
    ];

    private static readonly string[] Prefixes =
    [
        "RUN ", "RUN --mount=type=cache,target=/root/.npm ", "RUN <<EOF\n", "RUN [\"sh\", \"",
    ];

    private static readonly Gen<string> Scripts = Gen.OneOf(
        Gen.OneOf(Steps).Array[1, 6].Select(steps => string.Join(" && ", steps)),
        Gen.OneOf(Steps.Concat(Fragments).ToArray()).Array[0, 24]
            .Select(parts => string.Join(" ", parts)));

    private static readonly Gen<string> Dockerfiles =
        Gen.Select(Gen.OneOf(Headers), Gen.Select(Gen.OneOf(Prefixes), Scripts).Array[1, 4])
            .Select(pair => pair.Item1 + string.Concat(pair.Item2.Select(run =>
                run.Item1 + run.Item2 + Closing(run.Item1))));

    [Fact]
    public void Checking_every_generated_run_never_throws_and_no_rule_fails()
    {
        Dockerfiles.Sample(text =>
        {
            var findings = Checker.Default.Check(new SourceText(text)).Findings;

            Assert.DoesNotContain(findings, finding =>
                finding.Message.Contains("could not check", StringComparison.Ordinal));
        }, iter: 3000);
    }

    [Fact]
    public void Fixing_generated_runs_never_throws_and_never_adds_an_error()
    {
        Dockerfiles.Sample(text =>
        {
            var before = Checker.Default.Check(new SourceText(text));

            var result = Fixer.Default.Fix(new SourceText(text), new FixOptions());
            var after = Checker.Default.Check(new SourceText(result.NewText));

            Assert.True(after.Errors.Count <= before.Errors.Count, result.NewText);
        }, iter: 400);
    }

    private static string Closing(string prefix) => prefix switch
    {
        "RUN <<EOF\n" => "\nEOF\n",
        "RUN [\"sh\", \"" => "\"]\n",
        _ => "\n",
    };
}
