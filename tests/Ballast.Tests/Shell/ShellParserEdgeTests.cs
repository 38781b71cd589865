using Ballast.Shell;
using Xunit;

namespace Ballast.Tests.Shell;

public sealed class ShellParserEdgeTests
{
    [Fact]
    public void Double_bracket_test_keeps_its_operators_as_words()
    {
        ShellScript script = ShellParser.Parse("[[ -n \"$x\" && -f /y ]] && echo ok");

        Assert.Equal(["[[", "echo"], script.Commands.Select(command => command.ProgramName));
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Arithmetic_commands_and_expansions_add_no_commands()
    {
        ShellScript script = ShellParser.Parse("(( i++ )); echo $(( 1 + (2 * 3) ))");

        Assert.Equal("echo", Assert.Single(script.Commands).ProgramName);
        Assert.Null(script.Commands[0].Arguments[0].Value);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Ansi_c_quotes_are_decoded()
    {
        ShellScript script = ShellParser.Parse("printf $'a\\tb\\n'");

        Assert.Equal("a\tb\n", script.Commands[0].Arguments[0].Value);
    }

    [Fact]
    public void Array_assignment_is_one_word()
    {
        ShellScript script = ShellParser.Parse("PKGS=(curl git) && echo done");

        Assert.Equal("PKGS", script.Commands[0].Assignments.Single().Name);
        Assert.Null(script.Commands[0].Name);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Background_commands_are_marked()
    {
        ShellScript script = ShellParser.Parse("dockerd & sleep 5; docker info");

        Assert.Equal([true, false, false], script.Commands.Select(command => command.IsBackground));
    }

    [Fact]
    public void Case_inside_a_substitution_does_not_close_it_early()
    {
        ShellScript script = ShellParser.Parse(
            "ARCH=$(case $(uname -m) in x86_64) echo amd64;; *) echo arm64;; esac) && ls");

        Assert.Equal(["uname", "echo", "echo", null, "ls"],
            script.Commands.Select(command => command.ProgramName));
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Initial_options_come_from_the_dockerfile_shell()
    {
        ShellScript script = ShellParser.Parse("curl x | tar -x", new ShellOptions(Pipefail: true));

        Assert.True(script.Commands[0].Options.Pipefail);
    }

    [Fact]
    public void Options_given_to_bash_apply_inside_its_script_only()
    {
        ShellScript script = ShellParser.Parse("bash -o pipefail -c 'curl x | sh'; echo");

        Assert.True(script.Commands[1].Options.Pipefail);
        Assert.False(script.Commands[^1].Options.Pipefail);
    }

    [Fact]
    public void Bash_running_a_script_file_is_not_followed()
    {
        ShellScript script = ShellParser.Parse("bash ./install.sh --prefix /opt");

        Assert.Equal("bash", Assert.Single(script.Commands).ProgramName);
    }

    [Fact]
    public void Here_strings_take_a_word_and_no_body()
    {
        ShellScript script = ShellParser.Parse("read -r a <<< \"$x\"; echo $a");

        Assert.Equal("<<<", script.Commands[0].Redirections.Single().Operator);
        Assert.Null(script.Commands[0].Redirections.Single().HeredocBody);
        Assert.Equal(2, script.Commands.Count);
    }

    [Fact]
    public void Two_heredocs_on_one_line_are_both_skipped()
    {
        ShellScript script = ShellParser.Parse("cat <<A - <<'B'\nrm x\nA\nrm y\nB\nls");

        Assert.Equal(["cat", "ls"], script.Commands.Select(command => command.ProgramName));
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Function_bodies_are_conditional_and_keep_their_options()
    {
        ShellScript script = ShellParser.Parse("f() { set -e; rm -rf /x; }; echo");

        Assert.True(script.Commands.Single(command => command.ProgramName == "rm").IsConditional);
        Assert.False(script.Commands[^1].Options.Errexit);
    }

    [Fact]
    public void The_cd_in_subshell_case_reads_as_expected()
    {
        const string run = "git clone https://example.org/acme/widget.git /tmp/widget "
            + "    && ( cd /tmp/widget || exit 1; ./configure && make install ) "
            + "    && rm -rf /tmp/widget";

        ShellScript script = ShellParser.Parse(run);

        Assert.All(script.Commands.Where(command => command.ProgramName == "cd"),
            command => Assert.True(command.InSubshell));
        Assert.Equal(6, script.Commands.Count);
        Assert.Empty(script.Diagnostics);
    }

    [Fact]
    public void Known_variables_give_values_and_split_when_unquoted()
    {
        var variables = new Dictionary<string, string>
        {
            ["BUILD_DEPS"] = "gcc  make",
            ["EMPTY"] = string.Empty,
        };
        const string text = "apt-get install -y $BUILD_DEPS \"${BUILD_DEPS}\" $EMPTY $OTHER";

        ShellScript script = ShellParser.Parse(text, default, variables);

        ShellWord[] arguments = [.. script.Commands.Single().Arguments];
        Assert.Equal(["install", "-y", "gcc", "make", "gcc  make", null],
            arguments.Select(word => word.Value));
        Assert.Equal(arguments[2].Span, arguments[3].Span);
        Assert.Equal(
            "$BUILD_DEPS", text.Substring(arguments[3].Span.Start, arguments[3].Span.Length));
        Assert.True(arguments[4].HasExpansion);
    }

    [Fact]
    public void Unknown_variables_leave_the_value_unknown()
    {
        ShellScript script = ShellParser.Parse("echo ${A:-x} $B", default,
            new Dictionary<string, string> { ["A"] = "a" });

        Assert.All(script.Commands[0].Arguments, word => Assert.Null(word.Value));
    }
}
