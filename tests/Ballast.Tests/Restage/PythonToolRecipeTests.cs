using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the Python recipe handles pipenv and uv: where the dependencies land, which
/// manifests go first, and what leaves CMD.</summary>
public sealed class PythonToolRecipeTests : IDisposable
{
    private static readonly PythonRecipe Recipe =
        new(BaseImageCatalog.Default, PackageFacts.Default);

    private readonly string context = Directory.CreateTempSubdirectory("ballast-pytool-").FullName;

    public void Dispose() => Directory.Delete(context, recursive: true);

    private RestageResult Restage(string text, params string[] files)
    {
        foreach (var file in files)
        {
            File.WriteAllText(Path.Combine(context, file), "");
        }

        return Recipe.Restage(DockerfileModel.Parse(text), context);
    }

    private static string Final(RestageResult result) =>
        result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

    [Fact]
    public void Uv_sync_fills_the_copied_environment_without_installing_the_project_early()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/
            WORKDIR /app
            COPY . .
            RUN uv sync --frozen
            CMD ["uv", "run", "python", "-m", "app"]
            """, "pyproject.toml", "uv.lock");

        Assert.Contains("ENV UV_PROJECT_ENVIRONMENT=/opt/venv", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("RUN uv sync --frozen --no-install-project", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("COPY pyproject.toml uv.lock /app/", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Change.Contains(
            "UV_PROJECT_ENVIRONMENT", StringComparison.Ordinal));
    }

    [Fact]
    public void The_uv_binary_stays_in_the_builder()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            COPY --from=ghcr.io/astral-sh/uv:0.5.11 /uv /bin/
            WORKDIR /app
            COPY . .
            RUN uv sync --frozen
            CMD ["python", "-m", "app"]
            """, "pyproject.toml", "uv.lock");

        Assert.DoesNotContain("astral-sh/uv", Final(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Uv_pip_loses_system_and_copies_its_requirements_first()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN pip install uv
            WORKDIR /app
            COPY . .
            RUN uv pip install --system -r requirements.txt
            CMD ["python", "app.py"]
            """, "requirements.txt");

        Assert.Contains("RUN uv pip install -r requirements.txt\n", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("COPY requirements.txt /app/", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("uv", Final(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Uv_pip_without_system_is_kept_as_written()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN pip install uv
            WORKDIR /app
            COPY . .
            RUN uv pip install -r requirements.txt --no-cache
            """, "requirements.txt");

        Assert.Contains("RUN uv pip install -r requirements.txt --no-cache", result.Text,
            StringComparison.Ordinal);
        Assert.DoesNotContain(result.Changes, change => change.Change.Contains("--system",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Pipenv_installs_from_its_manifests_and_leaves_cmd()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN pip install pipenv
            WORKDIR /srv
            COPY . .
            RUN pipenv install --system --deploy
            CMD pipenv run gunicorn service.wsgi
            """, "Pipfile", "Pipfile.lock");

        Assert.Contains("COPY Pipfile Pipfile.lock /srv/", result.Text, StringComparison.Ordinal);
        Assert.EndsWith("CMD gunicorn service.wsgi\n", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pipenv", Final(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Pipenv_without_a_lock_file_copies_only_the_pipfile()
    {
        var result = Restage("""
            FROM python:3.12-bookworm
            RUN pip install pipenv
            WORKDIR /srv
            COPY . .
            RUN pipenv install
            """, "Pipfile");

        Assert.Contains("COPY Pipfile /srv/", result.Text, StringComparison.Ordinal);
    }
}
