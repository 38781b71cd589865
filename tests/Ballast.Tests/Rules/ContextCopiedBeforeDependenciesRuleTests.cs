namespace Ballast.Tests.Rules;

public sealed class ContextCopiedBeforeDependenciesRuleTests
{
    private const string Id = "BL201";

    [Fact]
    public void Whole_context_copied_before_npm_ci_is_reported_at_the_copy()
    {
        var text = """
            FROM node:20-bookworm-slim
            WORKDIR /app
            COPY . .
            RUN npm ci
            CMD ["node", "server.js"]
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Equal(Id, finding.RuleId);
        RuleRun.At(finding, 3, 1);
        Assert.Contains("(line 4)", finding.Message);
        Assert.Contains("package.json and package-lock.json", finding.Message);
    }

    [Fact]
    public void Whole_context_copied_before_a_requirements_install_is_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            COPY . /app
            RUN pip install --no-cache-dir -r /app/requirements.txt
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 2, 1);
        Assert.Contains("the requirements files", finding.Message);
    }

    [Fact]
    public void Whole_context_copied_before_go_mod_download_is_reported()
    {
        var text = """
            FROM golang:1.22-bookworm AS build
            WORKDIR /src
            COPY . .
            RUN go mod download && go build -o /app .

            FROM gcr.io/distroless/static-debian12
            COPY --from=build /app /app
            """;

        var finding = RuleRun.Single(Id, text);

        RuleRun.At(finding, 3, 1);
        Assert.Contains("go.mod and go.sum", finding.Message);
    }

    [Fact]
    public void Manifest_copied_first_and_sources_after_the_install_are_not_reported()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            WORKDIR /app
            COPY requirements.txt .
            RUN pip install --no-cache-dir -r requirements.txt
            COPY . .
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Lock_files_copied_first_for_npm_are_not_reported()
    {
        var text = """
            FROM node:20-bookworm-slim
            WORKDIR /app
            COPY package.json package-lock.json ./
            RUN npm ci
            COPY . .
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Named_packages_do_not_depend_on_the_context()
    {
        var text = """
            FROM python:3.12-slim-bookworm
            COPY . /app
            RUN pip install --no-cache-dir gunicorn
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Copy_of_a_subfolder_is_not_the_whole_context()
    {
        var text = """
            FROM node:20-bookworm-slim
            WORKDIR /app
            COPY config/ ./config/
            RUN npm ci
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Copy_from_another_stage_is_not_the_build_context()
    {
        var text = """
            FROM node:20-bookworm AS source
            WORKDIR /app

            FROM node:20-bookworm-slim
            WORKDIR /app
            COPY --from=source /app .
            RUN npm ci
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Unreachable_stage_is_not_reported()
    {
        var text = """
            FROM node:20-bookworm-slim AS unused
            COPY . .
            RUN npm ci

            FROM node:20-bookworm-slim
            CMD ["node"]
            """;

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }
}
