using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>What the Python recipe does so the final stage runs as the original did: pip
/// without --user in the environment, folder owners set again after the copy from the
/// builder, and curl or wget for a health check on the slim image.</summary>
public sealed class PythonFinalUserTests : IDisposable
{
    private static readonly PythonRecipe Recipe =
        new(BaseImageCatalog.Default, PackageFacts.Default);

    private readonly string context = Directory.CreateTempSubdirectory("ballast-pyuser-").FullName;

    public void Dispose() => Directory.Delete(context, recursive: true);

    private RestageResult Restage(string text)
    {
        File.WriteAllText(Path.Combine(context, "requirements.txt"), "flask\n");
        return Recipe.Restage(DockerfileModel.Parse(text), context);
    }

    private static string Final(RestageResult result) =>
        result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

    private static string Builder(RestageResult result) =>
        result.Text[..result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)];

    [Fact]
    public void Pip_user_install_loses_user_and_says_why()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --user -r requirements.txt
            COPY . .
            CMD ["python", "app.py"]
            """);

        Assert.Contains("RUN pip install -r requirements.txt\n", result.Text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("--user", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Change.Contains(
            "without --user", StringComparison.Ordinal));
    }

    [Fact]
    public void Pip_install_without_user_gets_no_user_explanation()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install -r requirements.txt
            COPY . .
            CMD ["python", "app.py"]
            """);

        Assert.DoesNotContain(result.Changes, change => change.Change.Contains(
            "--user", StringComparison.Ordinal));
    }

    [Fact]
    public void Chown_of_an_application_folder_runs_again_after_the_final_copy()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN useradd app
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt && chown -R app /app
            USER app
            CMD ["python", "app.py"]
            """);

        var final = Final(result);
        var copy = final.IndexOf("COPY --from=builder /app /app", StringComparison.Ordinal);
        var chown = final.IndexOf("RUN chown -R app /app", StringComparison.Ordinal);
        var user = final.IndexOf("USER app", StringComparison.Ordinal);
        Assert.True(copy >= 0 && copy < chown && chown < user, final);
        Assert.Contains(result.Changes, change => change.Change.Contains(
            "folder steps (chown)", StringComparison.Ordinal));
    }

    [Fact]
    public void Chown_outside_the_application_stays_a_builder_step()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt && chown -R nobody /srv/cache
            CMD ["python", "app.py"]
            """);

        Assert.Contains("chown -R nobody /srv/cache", Builder(result), StringComparison.Ordinal);
        Assert.DoesNotContain("chown", Final(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Compileall_before_the_source_copy_stays_before_it()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install -r requirements.txt && python -m compileall -q .
            COPY . /app
            CMD ["python", "app.py"]
            """);

        var builder = Builder(result);
        Assert.True(builder.IndexOf("python -m compileall", StringComparison.Ordinal)
            < builder.IndexOf("COPY . /app", StringComparison.Ordinal), builder);
        Assert.Contains(result.Changes, change => change.Change.Contains(
            "same order as in the original", StringComparison.Ordinal));
    }

    [Fact]
    public void Wget_health_check_installs_wget_in_the_final_stage()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            HEALTHCHECK CMD wget -qO- http://localhost:8000/ || exit 1
            CMD ["python", "app.py"]
            """);

        Assert.Contains("apt-get install -y --no-install-recommends wget", Final(result),
            StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Change.Contains(
            "installs wget, which the HEALTHCHECK", StringComparison.Ordinal));
    }

    [Fact]
    public void Health_check_without_curl_installs_nothing()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            HEALTHCHECK CMD python -c "import urllib.request"
            CMD ["python", "app.py"]
            """);

        Assert.DoesNotContain("apt-get", Final(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Curl_already_installed_for_the_runtime_is_not_installed_twice()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN apt-get update && apt-get install -y curl gcc
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
            CMD ["python", "app.py"]
            """);

        var final = Final(result);
        Assert.Contains("--no-install-recommends curl \\", final, StringComparison.Ordinal);
        Assert.Equal(final.IndexOf("curl", StringComparison.Ordinal),
            final.IndexOf("curl \\", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Changes, change => change.Change.Contains(
            "which the HEALTHCHECK", StringComparison.Ordinal));
    }

    [Fact]
    public void Shell_form_cmd_that_calls_curl_gets_curl_in_the_final_stage()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY . .
            RUN pip install -r requirements.txt
            CMD curl -fsS http://config/app.env -o .env && python app.py
            """);

        Assert.Contains("apt-get install -y --no-install-recommends curl", Final(result),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Pip_user_install_in_a_run_kept_whole_declines_with_the_line()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            WORKDIR /app
            COPY . .
            RUN if [ -f requirements.txt ]; then pip install --user -r requirements.txt; fi
            CMD ["python", "app.py"]
            """);

        Assert.NotNull(result.SkippedBecause);
        Assert.Contains("line 4", result.SkippedBecause, StringComparison.Ordinal);
        Assert.Contains("--user", result.SkippedBecause, StringComparison.Ordinal);
    }
}
