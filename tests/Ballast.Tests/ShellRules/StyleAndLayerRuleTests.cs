using static Ballast.Tests.ShellRules.ShellRuleRun;

namespace Ballast.Tests.ShellRules;

public sealed class StyleAndLayerRuleTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN cd /src && make\n")]
    [InlineData("FROM debian:12\nRUN if true; then cd /src; fi && make\n")]
    public void Cd_in_the_main_shell_is_reported(string file)
    {
        var finding = Assert.Single(Findings("BL521", file));

        Assert.Equal(2, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN (cd /src && make)\n")]
    [InlineData("FROM debian:12\nRUN sh -c 'cd /src && make'\n")]
    [InlineData("FROM debian:12\nWORKDIR /src\nRUN make\n")]
    [InlineData("FROM debian:12\nRUN echo cd /src\n")]
    public void Cd_in_a_subshell_or_workdir_is_not_reported(string file)
    {
        Assert.Empty(Findings("BL521", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl wget\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\nRUN apt-get install -y wget\n")]
    public void Curl_and_wget_in_the_final_image_are_reported_at_the_second(string file)
    {
        var finding = Assert.Single(Findings("BL117", file));

        Assert.Equal(file.IndexOf("wget", StringComparison.Ordinal), finding.Location.Span.Start);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12 AS get\nRUN apt-get install -y wget\n"
        + "FROM debian:12\nRUN apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN apt-get install -y curl && wget -q https://x\n")]
    public void One_download_tool_is_not_reported(string file)
    {
        Assert.Empty(Findings("BL117", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar xzf /tmp/app.tar.gz && rm "
        + "/tmp/app.tar.gz\n")]
    [InlineData("FROM debian:12\nCOPY . /src\nRUN rm -rf /src/tests\n")]
    [InlineData("FROM debian:12\nRUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /opt/a.zip https://x\nRUN rm -f /opt/a.zip\n")]
    public void File_written_in_one_layer_and_removed_in_a_later_one_is_reported(string file)
    {
        var finding = Assert.Single(Findings("BL115", file));

        Assert.Equal(3, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/a.zip https://x && unzip /tmp/a.zip && "
        + "rm /tmp/a.zip\n")]
    [InlineData("FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN rm -rf /var/tmp/x\n")]
    [InlineData("FROM debian:12\nCOPY requirements.txt /app/\nRUN rm -rf /app/build\n")]
    [InlineData("FROM debian:12 AS build\nCOPY . /src\nFROM debian:12\nRUN rm -rf /src\n")]
    [InlineData("FROM debian:12\nRUN apt-get update && rm -rf /var/lib/apt/lists/*\n"
        + "RUN rm -rf /var/lib/apt/lists/*\n")]
    public void Removal_in_the_writing_layer_or_of_other_files_is_not_reported(string file)
    {
        Assert.Empty(Findings("BL115", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chown -R app:app /app\n")]
    [InlineData("FROM debian:12\nCOPY . /app/\nRUN chmod -R 0755 /app/bin\n")]
    public void Recursive_change_of_copied_files_is_reported(string file)
    {
        var finding = Assert.Single(Findings("BL116", file));

        Assert.Equal(3, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY --chown=app:app . /app\n")]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chown app:app /app\n")]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chown -R app:app /data\n")]
    [InlineData("FROM debian:12\nRUN chown -R app:app /app\nCOPY . /app\n")]
    public void Changes_that_do_not_rewrite_copied_files_are_not_reported(string file)
    {
        Assert.Empty(Findings("BL116", file));
    }

    [Fact]
    public void Chown_alone_in_its_run_becomes_copy_chown()
    {
        AssertFixed("BL116",
            "FROM debian:12\nCOPY . /app\nRUN chown -R app:app /app\nCMD [\"app\"]\n",
            "FROM debian:12\nCOPY --chown=app:app . /app\nCMD [\"app\"]\n");
    }

    [Fact]
    public void Chown_first_in_its_run_is_taken_out_with_the_and_after_it()
    {
        AssertFixed("BL116",
            "FROM debian:12\nCOPY . /app\nRUN chown -R app /app \\\n    && make -C /app\n",
            "FROM debian:12\nCOPY --chown=app . /app\nRUN make -C /app\n");
    }

    [Fact]
    public void Chown_last_in_its_run_is_taken_out_with_the_and_before_it()
    {
        AssertFixed("BL116",
            "FROM debian:12\nCOPY . /app\nENV A=1\nRUN make -C /app && chown -R app:app /app\n",
            "FROM debian:12\nCOPY --chown=app:app . /app\nENV A=1\nRUN make -C /app\n");
    }

    [Theory]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN make -C /app\nRUN chown -R app /app\n")]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chown -R app /app || true\n")]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chown -R \"$APP_USER\" /app\n")]
    [InlineData("FROM debian:12\nCOPY . /app\nRUN chmod -R 0755 /app\n")]
    [InlineData("FROM debian:12\nCOPY a /app/\nCOPY b /app/\nRUN chown -R app /app\n")]
    public void Chown_that_is_not_safe_to_move_has_no_fix(string file)
    {
        var finding = Assert.Single(Findings("BL116", file));

        Assert.Null(finding.Fix);
    }
}
