namespace Ballast.Tests.Rules;

public sealed class PipCacheRuleTests
{
    private const string Id = "BL107";

    [Fact]
    public void Pip_install_without_the_option_is_reported_at_the_command()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install flask
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 2, 5);
        Assert.Contains("download cache", finding.Message);
        Assert.Contains("--no-cache-dir", finding.Message);
    }

    [Fact]
    public void Pip3_with_a_requirements_file_is_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            COPY requirements.txt .
            RUN pip3 install -r requirements.txt
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 3, 5);
    }

    [Fact]
    public void Pip_in_the_stage_the_final_stage_is_built_from_is_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm AS base
            RUN pip install gunicorn

            FROM base
            CMD ["gunicorn", "app:app"]
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Moving_the_cache_elsewhere_still_keeps_it_in_the_layer()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            ENV PIP_CACHE_DIR=/tmp/pip-cache
            RUN pip install flask
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 3, 5);
    }

    [Fact]
    public void Python_dash_m_pip_is_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN python -m pip install flask
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 5);
    }

    [Fact]
    public void Cache_removed_before_the_install_is_still_left_by_it()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN rm -rf /root/.cache/pip && pip install flask
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 32);
    }

    [Fact]
    public void Cache_removed_later_in_the_same_run_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install flask && rm -rf /root/.cache/pip
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Cache_purged_later_in_the_same_run_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install flask && pip cache purge
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Pip_install_with_the_option_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install --no-cache-dir flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void No_cache_dir_set_in_env_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            ENV PIP_NO_CACHE_DIR=1
            RUN pip install flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Any_boolean_in_PIP_NO_CACHE_DIR_turns_the_cache_off_as_pip_does()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            ENV PIP_NO_CACHE_DIR=off
            RUN pip install flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Tmpfs_mount_on_the_pip_cache_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN --mount=type=tmpfs,target=/root/.cache pip install flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void No_cache_dir_assigned_before_the_command_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN PIP_NO_CACHE_DIR=1 pip install flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Cache_mount_on_the_pip_cache_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN --mount=type=cache,target=/root/.cache/pip pip install flask
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Pip_in_a_builder_stage_that_does_not_ship_is_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm AS builder
            RUN pip install flask --target /deps

            FROM python:3.12-slim-bookworm
            COPY --from=builder /deps /deps
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Uninstall_and_other_subcommands_are_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip uninstall -y setuptools && pip list && pip freeze
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Fix_inserts_the_option_after_the_subcommand()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install flask gunicorn
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("RUN pip install --no-cache-dir flask gunicorn", fixedText);
    }

    [Fact]
    public void Fix_inserts_into_each_install_of_a_continued_run()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            RUN pip install --upgrade pip \
             && pip install \
                    -r requirements.txt
            """;

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("RUN pip install --no-cache-dir --upgrade pip \\\n", fixedText);
        Assert.Contains(" && pip install --no-cache-dir \\\n", fixedText);
    }

    [Fact]
    public void Fix_keeps_crlf_line_endings()
    {
        var text = "FROM python:3.12-slim-bookworm\r\n"
            + "RUN pip install \\\r\n"
            + "        flask\r\n"
            + "CMD [\"flask\", \"run\"]\r\n";

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("RUN pip install --no-cache-dir \\\r\n", fixedText);
        Assert.DoesNotContain("\n", fixedText.Replace("\r\n", ""));
    }

    [Fact]
    public void Fix_of_the_seed_dockerfile_touches_only_the_pip_lines()
    {
        var text = TestCases.Dockerfile("seed-single-stage");

        var fixedText = FixCheck.AssertSafe(Id, text);

        Assert.Contains("RUN pip install --no-cache-dir poetry", fixedText);
        Assert.Contains("RUN pip install --no-cache-dir gunicorn", fixedText);
    }
}
