namespace Ballast.Tests.Rules;

public sealed class AptListsLeftRuleTests
{
    private const string Id = "BL105";

    [Fact]
    public void Update_without_cleanup_is_reported_at_the_update()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y --no-install-recommends curl
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 2, 5);
        Assert.Contains("package lists", finding.Message);
        Assert.Contains("rm -rf /var/lib/apt/lists/*", finding.Message);
    }

    [Fact]
    public void Clean_before_install_cleans_nothing()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y curl
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 36);
    }

    [Fact]
    public void Unrelated_removal_does_not_count_as_cleanup()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl && rm -rf /tmp/x
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Cleanup_in_a_later_run_does_not_shrink_the_earlier_layer()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl
            RUN rm -rf /var/lib/apt/lists/*
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Apt_get_clean_removes_archives_but_not_lists()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl && apt-get clean
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Lists_removed_in_the_same_run_are_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Dist_clean_removes_the_lists()
    {
        var text = """
            FROM debian:trixie-slim
            RUN apt-get update && apt-get install -y curl && apt-get dist-clean
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Cache_mount_on_var_lib_apt_keeps_the_lists_out_of_the_layer()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN --mount=type=cache,target=/var/lib/apt,sharing=locked \
                apt-get update && apt-get install -y curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Tmpfs_mount_on_the_lists_keeps_them_out_of_the_layer()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN --mount=type=tmpfs,target=/var/lib/apt/lists \
                apt-get update && apt-get install -y curl
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Install_without_update_downloads_no_lists()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y ./vendor/tool.deb
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Builder_stage_that_does_not_ship_is_not_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS build
            RUN apt-get update && apt-get install -y gcc

            FROM debian:bookworm-slim
            COPY --from=build /usr/bin/gcc /usr/local/bin/gcc
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Stage_the_final_stage_is_built_from_is_reported()
    {
        var text = """
            FROM debian:bookworm-slim AS base
            RUN apt-get update && apt-get install -y curl

            FROM base
            CMD ["curl"]
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Fix_appends_the_cleanup_to_the_run()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl
            CMD ["curl"]
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("install -y curl && rm -rf /var/lib/apt/lists/*\nCMD", fixedText);
    }

    [Fact]
    public void Fix_appends_after_the_last_line_of_a_continued_run()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update \
             && apt-get install -y \
                    curl \
                    git
            CMD ["git"]
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("        git && rm -rf /var/lib/apt/lists/*\nCMD", fixedText);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var text = "FROM debian:bookworm-slim\r\n"
            + "RUN apt-get update \\\r\n"
            + " && apt-get install -y curl\r\n"
            + "CMD [\"curl\"]\r\n";

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("curl && rm -rf /var/lib/apt/lists/*\r\nCMD", fixedText);
        Assert.Equal(4, fixedText.Split("\r\n").Length - 1);
        Assert.DoesNotContain("\n", fixedText.Replace("\r\n", ""));
    }

    [Fact]
    public void Fix_appends_at_the_end_of_a_run_without_a_final_newline()
    {
        var text = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y curl";

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.EndsWith("curl && rm -rf /var/lib/apt/lists/*", fixedText);
    }

    [Fact]
    public void Run_ending_in_a_dangling_operator_gets_no_fix()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl ;
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.False(finding.Fixable);
    }

    [Fact]
    public void Run_ending_in_a_comment_gets_no_fix_and_is_left_unchanged()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get update && apt-get install -y curl # fetch tool
            """;

        var finding = RuleRun.Single(Id, text);
        var result = RuleRun.Fix(Id, text);

        Assert.False(finding.Fixable);
        Assert.Equal(text, result.NewText);
    }

    [Fact]
    public void Fix_appends_after_a_compound_command_not_inside_it()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN if true; then apt-get update && apt-get install -y curl; fi
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.EndsWith("curl; fi && rm -rf /var/lib/apt/lists/*", fixedText);
    }

    [Fact]
    public void Run_with_a_heredoc_gets_no_fix()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN <<EOF
            apt-get update
            apt-get install -y curl
            EOF
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 3, 1);
        Assert.False(finding.Fixable);
    }
}
