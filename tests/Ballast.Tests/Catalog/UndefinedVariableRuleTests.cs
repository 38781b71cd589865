using Ballast.Rules;
using Ballast.Rules.Catalog;
using Ballast.Text;

namespace Ballast.Tests.Catalog;

public sealed class UndefinedVariableRuleTests
{
    private readonly UndefinedVariableRule rule = new();

    [Fact]
    public void An_undeclared_variable_in_copy_is_reported_at_the_variable()
    {
        var dockerfile = "FROM scratch\nCOPY $foo /app/\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$foo", RuleRunner.Marked(finding, dockerfile));
        Assert.Equal("Usage of undefined variable '$foo'", finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void A_declared_arg_without_default_is_defined()
    {
        var dockerfile = "FROM scratch\nARG foo\nCOPY $foo /app/\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_braced_reference_is_marked_with_its_braces()
    {
        var dockerfile = "FROM scratch\nWORKDIR /srv/${APP_DIR}/bin\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("${APP_DIR}", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void A_near_name_is_suggested_as_buildkit_does()
    {
        var dockerfile = "FROM alpine:3.20\nENV PATH=$PAHT:/app/bin\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("Usage of undefined variable '$PAHT' (did you mean $PATH?)",
            finding.Message);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Path_is_always_defined()
    {
        var dockerfile = "FROM scratch\nENV PATH=/app/bin:$PATH\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_name_the_base_image_may_set_is_only_a_note()
    {
        var dockerfile = "FROM python:3.12\nARG VERSION=$PYTHON_VERSION\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("unless the base image python:3.12 sets it", finding.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_commands_are_left_to_the_shell()
    {
        var dockerfile = """
            FROM scratch
            RUN echo $HOME $UNSET
            CMD echo $UNSET
            ENTRYPOINT ["sh", "-c", "echo $UNSET"]
            HEALTHCHECK CMD test -n "$UNSET"
            ONBUILD COPY $UNSET /x
            """;

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_run_mount_option_is_expanded_by_the_builder()
    {
        var dockerfile = "FROM scratch\nRUN --mount=type=cache,target=$CACHE_DIR make\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$CACHE_DIR", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void A_meta_arg_is_hidden_in_the_stage_until_declared_again()
    {
        var hidden = "ARG VERSION=1\nFROM scratch\nLABEL version=$VERSION\n";
        var declared = "ARG VERSION=1\nFROM scratch\nARG VERSION\nLABEL version=$VERSION\n";

        Assert.Single(RuleRunner.Run(rule, hidden));
        Assert.Empty(RuleRunner.Run(rule, declared));
    }

    [Fact]
    public void Predefined_platform_args_need_a_declaration_in_the_stage()
    {
        var undeclared = "FROM scratch\nCOPY bin/$TARGETARCH/app /app\n";
        var declared = "FROM scratch\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n";

        Assert.Single(RuleRunner.Run(rule, undeclared));
        Assert.Empty(RuleRunner.Run(rule, declared));
    }

    [Fact]
    public void Proxy_args_are_only_given_to_run_and_need_a_declaration_elsewhere()
    {
        var dockerfile = "FROM scratch\nENV http_proxy=$http_proxy\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$http_proxy", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Sbom_scan_args_are_never_reported()
    {
        var dockerfile = "FROM scratch\nLABEL scan=$BUILDKIT_SBOM_SCAN_STAGE\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_variable_is_undefined_before_the_line_that_sets_it()
    {
        var dockerfile = "FROM scratch\nWORKDIR $APP\nENV APP=/app\nWORKDIR $APP\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal(2, finding.Location.Start.Line);
    }

    [Fact]
    public void An_env_reads_the_values_from_before_the_instruction()
    {
        var dockerfile = "FROM scratch\nENV A=1 B=$A\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$A", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void A_later_arg_word_sees_the_earlier_one()
    {
        var dockerfile = "FROM scratch\nARG A=1 B=$A\nCOPY $B /b\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void An_arg_default_that_names_itself_is_reported()
    {
        var dockerfile = "FROM scratch\nARG A=$A\n";

        Assert.Single(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void Env_and_args_of_the_parent_stage_are_inherited()
    {
        var dockerfile = """
            FROM scratch AS base
            ARG VERSION=1
            ENV HOME_DIR=/srv
            FROM base
            WORKDIR $HOME_DIR
            LABEL version=$VERSION
            """;

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_stage_from_another_image_does_not_inherit_an_earlier_stage()
    {
        var dockerfile = """
            FROM scratch AS base
            ENV HOME_DIR=/srv
            FROM scratch
            WORKDIR $HOME_DIR
            """;

        Assert.Single(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void A_default_modifier_still_counts_as_a_use()
    {
        var dockerfile = "FROM scratch\nUSER ${APP_USER:-app}\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("${APP_USER", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Single_quoted_and_escaped_dollars_are_not_variables()
    {
        var dockerfile = "FROM scratch\nLABEL a='$NOPE' b=\\$NOPE\n";

        Assert.Empty(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void The_legacy_env_form_expands_its_value_as_one_word()
    {
        var dockerfile = "FROM scratch\nENV GREETING hello $NAME\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$NAME", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Copy_flags_are_expanded_but_from_is_not_this_rule()
    {
        var dockerfile = "FROM scratch\nCOPY --chown=$OWNER app /app\n";

        var finding = Assert.Single(RuleRunner.Run(rule, dockerfile));

        Assert.Equal("$OWNER", RuleRunner.Marked(finding, dockerfile));
    }

    [Fact]
    public void Json_volume_entries_are_expanded()
    {
        var dockerfile = "FROM scratch\nVOLUME [\"$DATA\"]\n";

        Assert.Single(RuleRunner.Run(rule, dockerfile));
    }

    [Fact]
    public void The_check_skip_directive_names_it_as_buildkit_does()
    {
        var dockerfile = "# check=skip=UndefinedVar\nFROM scratch\nCOPY $foo /app/\n";

        var findings = new Checker([rule]).Check(new SourceText(dockerfile)).Findings;

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData("PATH", "PAHT", 2)]
    [InlineData("VERSION", "VERSION", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Edit_distance_counts_insertions_deletions_and_substitutions(
        string a, string b, int expected)
    {
        Assert.Equal(expected, NameSuggestion.Distance(a, b));
    }

    [Fact]
    public void No_suggestion_when_nothing_is_within_two_edits()
    {
        Assert.Null(NameSuggestion.Closest("DATABASE", ["PATH", "HOME"]));
    }
}
