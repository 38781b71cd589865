using Ballast.Shell;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class ShellParserTests
{
    [Fact]
    public void And_list_gives_each_command_in_order()
    {
        ShellScript script = ShellParser.Parse("apt-get update && apt-get install -y curl");

        Assert.Equal(["apt-get update", "apt-get install -y curl"], Texts(script));
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Word_spans_point_back_into_the_script()
    {
        const string text = "echo 'a b'  \"c$HOME\" d\\ e";

        ShellScript script = ShellParser.Parse(text);

        ShellCommand echo = Assert.Single(script.Commands);
        Assert.All(echo.Words, word => Assert.Equal(word.Raw, text.Substring(
            word.Span.Start, word.Span.Length)));
        Assert.Equal(["a b", null, "d e"], echo.Arguments.Select(word => word.Value));
        Assert.True(echo.Arguments[1].HasExpansion);
    }

    [Fact]
    public void Prefix_assignments_are_not_the_command_name()
    {
        ShellScript script = ShellParser.Parse(
            "DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata");

        ShellCommand command = Assert.Single(script.Commands);
        Assert.Equal("apt-get", command.ProgramName);
        ShellAssignment assignment = Assert.Single(command.Assignments);
        Assert.Equal("DEBIAN_FRONTEND", assignment.Name);
        Assert.Equal("noninteractive", assignment.Value.Value);
    }

    [Fact]
    public void Cd_inside_a_subshell_is_marked_as_in_subshell()
    {
        ShellScript script = ShellParser.Parse(
            "git clone https://example.org/w.git /tmp/w && ( cd /tmp/w || exit 1; make ) "
            + "&& cd /srv");

        ShellCommand[] cds = [.. script.Commands.Where(command => command.ProgramName == "cd")];
        Assert.True(cds[0].InSubshell);
        Assert.False(cds[1].InSubshell);
        Assert.True(script.Commands.Single(command => command.ProgramName == "exit")
            .IsConditional);
    }

    [Fact]
    public void Command_substitution_runs_first_and_in_a_subshell()
    {
        ShellScript script = ShellParser.Parse("echo \"$(cd /tmp && pwd)\" `date`");

        Assert.Equal(["cd", "pwd", "date", "echo"],
            script.Commands.Select(command => command.ProgramName));
        Assert.All(script.Commands.Take(3), command => Assert.True(command.InSubshell));
        Assert.False(script.Commands[3].InSubshell);
    }

    [Fact]
    public void If_branches_and_loop_bodies_are_conditional_but_the_condition_is_not()
    {
        ShellScript script = ShellParser.Parse(
            "if test -f /a; then rm /a; elif true; then :; else echo no; fi\n"
            + "for f in a b; do echo $f; done; while false; do sleep 1; done");

        var conditional = script.Commands.GroupBy(command => command.ProgramName!)
            .ToDictionary(group => group.Key, group => group.All(c => c.IsConditional));
        Assert.False(conditional["test"]);
        Assert.True(conditional["rm"]);
        Assert.True(conditional["echo"]);
        Assert.False(conditional["false"]);
        Assert.True(conditional["sleep"]);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Case_arms_and_functions_are_read()
    {
        ShellScript script = ShellParser.Parse(
            "case \"$(uname -m)\" in x86_64|amd64) A=x;; (arm*) echo arm ;; esac\n"
            + "setup() { apk add git; }\nfunction other { echo; }");

        Assert.Equal(["uname", "echo", "apk", "echo"],
            script.Commands.Where(command => command.Name is not null)
                .Select(command => command.ProgramName));
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Pipelines_record_position_and_next_command()
    {
        ShellScript script = ShellParser.Parse("curl -fsSL https://x.sh | sh -s -- -y");

        ShellCommand curl = script.Commands[0];
        Assert.Equal(new PipelinePosition(0, 0, 2), curl.Pipeline);
        Assert.Equal("sh", script.NextInPipeline(curl)?.ProgramName);
        Assert.Null(script.NextInPipeline(script.Commands[1]));
    }

    [Fact]
    public void Redirections_are_split_from_arguments()
    {
        ShellScript script = ShellParser.Parse("make >/dev/null 2>&1 all");

        ShellCommand make = Assert.Single(script.Commands);
        Assert.Equal(["all"], make.Arguments.Select(word => word.Value));
        Assert.Equal([">", ">&"], make.Redirections.Select(redirection => redirection.Operator));
        Assert.Equal(2, make.Redirections[1].FileDescriptor);
        Assert.Equal("1", make.Redirections[1].Target?.Value);
    }

    [Fact]
    public void Heredoc_body_is_not_read_as_commands()
    {
        const string text = "cat <<-'EOF' > /etc/x.conf\n\trm -rf /\n\tEOF\necho done";

        ShellScript script = ShellParser.Parse(text);

        Assert.Equal(["cat", "echo"], script.Commands.Select(command => command.ProgramName));
        ShellRedirection heredoc = script.Commands[0].Redirections[0];
        Assert.True(heredoc.IsHeredoc);
        Assert.Equal("\trm -rf /\n", text.Substring(
            heredoc.HeredocBody!.Value.Start, heredoc.HeredocBody.Value.Length));
    }

    [Fact]
    public void Set_options_are_recorded_in_order()
    {
        ShellScript script = ShellParser.Parse(
            "echo before; set -euxo pipefail; echo after; set +x");

        Assert.False(script.Commands[0].Options.Pipefail);
        Assert.True(script.Commands[2].Options is { Errexit: true, Pipefail: true, Xtrace: true });
        Assert.True(script.Errexit);
        Assert.True(script.Pipefail);
        Assert.False(script.Options.Xtrace);
    }

    [Fact]
    public void Set_inside_a_subshell_does_not_leak()
    {
        ShellScript script = ShellParser.Parse("(set -e; true); echo");

        Assert.True(script.Commands[1].Options.Errexit);
        Assert.False(script.Commands[2].Options.Errexit);
    }

    [Fact]
    public void Sh_c_with_single_quotes_maps_inner_offsets_exactly()
    {
        const string text = "sh -c 'apt-get update && apt-get install -y git'";

        ShellScript script = ShellParser.Parse(text);

        ShellCommand install = script.Commands.Last();
        Assert.Equal("apt-get", install.ProgramName);
        Assert.Equal("sh", install.Wrapper?.ProgramName);
        Assert.True(install.InSubshell);
        ShellWord git = install.Arguments[^1];
        Assert.Equal("git", text.Substring(git.Span.Start, git.Span.Length));
    }

    [Fact]
    public void Sh_c_with_escapes_gives_inner_words_the_outer_span()
    {
        const string text = "bash -ec \"echo \\\"hi\\\" && apk add jq\"";

        ShellScript script = ShellParser.Parse(text);

        ShellCommand apk = script.Commands.Last();
        Assert.Equal("apk", apk.ProgramName);
        Assert.True(apk.Options.Errexit);
        Assert.True(apk.Arguments[^1].IsFromOuterWord);
        Assert.Equal(script.Commands[0].Arguments[1].Span, apk.Arguments[^1].Span);
    }

    [Fact]
    public void Wrappers_are_followed_to_the_inner_command()
    {
        ShellScript script = ShellParser.Parse(
            "sudo -u root env -i PATH=/bin nice -n 5 apt-get install -y x");

        ShellCommand inner = script.Commands.Last();
        Assert.Equal("apt-get", inner.ProgramName);
        Assert.Equal("nice", inner.Wrapper?.ProgramName);
        Assert.Equal(["sudo", "env", "nice", "apt-get"],
            script.Commands.Select(command => command.ProgramName));
        Assert.Equal("PATH", script.Commands[2].Assignments.Single().Name);
    }

    [Fact]
    public void Xargs_runs_its_command_with_options_skipped()
    {
        ShellScript script = ShellParser.Parse("cat list | xargs -r -n 1 apt-get install -y");

        Assert.Equal("apt-get", script.Commands.Last().ProgramName);
        Assert.Equal(["install", "-y"], script.Commands.Last().Arguments.Select(a => a.Value));
    }

    [Fact]
    public void Comments_are_skipped_but_hash_inside_a_word_is_kept()
    {
        ShellScript script = ShellParser.Parse("echo a#b # a comment && rm -rf /\nls");

        Assert.Equal(["echo", "ls"], script.Commands.Select(command => command.ProgramName));
        Assert.Equal("a#b", script.Commands[0].Arguments[0].Value);
    }

    [Theory]
    [InlineData("echo 'open", "single quote")]
    [InlineData("echo \"open", "double quote")]
    [InlineData("echo $(ls", "$(")]
    [InlineData("if true; then echo", "'fi'")]
    [InlineData("( cd /x", "')'")]
    [InlineData("cat <<EOF\nbody", "here-document")]
    [InlineData("echo a && ", "Nothing follows")]
    public void Broken_scripts_give_a_diagnostic_with_a_span(string text, string expected)
    {
        ShellScript script = ShellParser.Parse(text);

        ShellDiagnostic diagnostic = Assert.Single(script.Diagnostics);
        Assert.Contains(expected, diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Span.End <= text.Length);
    }

    [Fact]
    public void Parsing_recovers_after_an_unexpected_token()
    {
        ShellScript script = ShellParser.Parse("fi; apt-get update");

        Assert.Single(script.Diagnostics);
        Assert.Equal("apt-get", script.Commands.Single().ProgramName);
    }

    private static string[] Texts(ShellScript script) =>
        [.. script.Commands.Select(command => command.ToString())];
}
