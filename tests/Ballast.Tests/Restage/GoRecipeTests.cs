using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Rewrite.Restage;
using Ballast.Text;

namespace Ballast.Tests.Restage;

/// <summary>How the Go recipe recognises builds and picks the final stage's base.</summary>
public sealed class GoRecipeTests
{
    private static readonly GoRecipe Recipe = new(BaseImageCatalog.Default, PackageFacts.Default);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    private static RestageResult Restage(string text) =>
        Recipe.Restage(DockerfileModel.Parse(text), null);

    private static string Final(RestageResult result) =>
        result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

    [Fact]
    public void A_golang_build_with_an_output_is_recognised()
    {
        var recognition = Recognise("""
            FROM golang:1.22-bookworm
            COPY . /src
            RUN cd /src && go build -o /app .
            CMD ["/app"]
            """);

        Assert.True(recognition.Recognised);
    }

    [Fact]
    public void A_python_image_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM python:3.12
            RUN pip install flask
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("golang", recognition.Reason);
    }

    [Fact]
    public void A_golang_image_that_builds_nothing_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM golang:1.22
            RUN go test ./...
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("go build", recognition.Reason);
    }

    [Fact]
    public void Go_build_without_an_output_is_skipped_with_the_reason()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN go build .
            """);

        Assert.False(result.Restaged);
        Assert.Contains("-o", result.SkippedBecause);
    }

    [Fact]
    public void A_static_build_with_a_shell_form_cmd_gets_exec_form_on_distroless()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            ENV CGO_ENABLED=0
            WORKDIR /src
            COPY . .
            RUN go build -o /usr/local/bin/api ./cmd/api
            CMD api --port 8080
            """);

        var final = Final(result);
        Assert.StartsWith("FROM gcr.io/distroless/static-debian12:nonroot", final);
        Assert.Contains("CMD [\"api\", \"--port\", \"8080\"]", final);
    }

    [Fact]
    public void A_distroless_final_stage_is_not_flagged_as_latest_by_check()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
            USER 65532
            CMD ["/usr/local/bin/api"]
            """);

        var findings = Ballast.Rules.Checker.Default.Check(
            new SourceText(result.Text, "Dockerfile")).Findings;
        Assert.Contains("distroless/static-debian12", result.Text);
        Assert.DoesNotContain(findings, finding => finding.RuleId == "BL452");
    }

    [Fact]
    public void A_distroless_final_stage_without_a_user_says_it_now_runs_as_nonroot()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
            CMD ["/usr/local/bin/api"]
            """);

        Assert.Contains(result.Changes, change => change.Change.Contains("nonroot (65532)",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_final_stage_with_its_own_user_gets_no_nonroot_note()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
            USER 65532
            CMD ["/usr/local/bin/api"]
            """);

        Assert.DoesNotContain(result.Changes, change => change.Change.Contains("nonroot (65532)",
            StringComparison.Ordinal));
    }

    [Fact]
    public void A_static_build_whose_cmd_needs_a_shell_goes_to_debian_slim()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
            CMD api --port "$PORT"
            """);

        var final = Final(result);
        Assert.StartsWith("FROM debian:bookworm-slim", final);
        Assert.Contains("CMD api --port \"$PORT\"", final);
    }

    [Fact]
    public void A_cgo_build_on_bullseye_stays_on_bullseye()
    {
        var result = Restage("""
            FROM golang:1.20-bullseye
            WORKDIR /src
            COPY . .
            RUN go build -o /app .
            ENTRYPOINT ["/app"]
            """);

        Assert.StartsWith("FROM debian:bullseye-slim", Final(result));
    }

    [Fact]
    public void An_alpine_build_stays_on_musl()
    {
        var result = Restage("""
            FROM golang:1.22-alpine3.20
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /app .
            ENTRYPOINT ["/app"]
            """);

        Assert.StartsWith("FROM alpine:3.20", Final(result));
    }

    [Fact]
    public void A_static_binary_does_not_get_the_runtime_libraries_of_its_headers()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            RUN apt-get update && apt-get install -y libsqlite3-dev
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /app .
            ENTRYPOINT ["/app"]
            """);

        var final = Final(result);
        Assert.DoesNotContain("libsqlite3", final);
        Assert.StartsWith("FROM gcr.io/distroless/static-debian12", final);
    }

    [Fact]
    public void Fixer_says_why_no_recipe_recognises_a_plain_ubuntu_build()
    {
        var result = Fixer.Default.Fix(
            new SourceText("FROM ubuntu:22.04\nRUN echo hello\n", "Dockerfile"),
            new FixOptions(MultiStage: true));

        var note = Assert.Single(result.Notes, note => note.StartsWith("Not restaged",
            StringComparison.Ordinal));
        Assert.Contains("python:", note);
        Assert.Contains("go:", note);
    }

    [Fact]
    public void Fixer_leaves_a_multi_stage_file_to_the_per_stage_findings()
    {
        var result = Fixer.Default.Fix(
            new SourceText("""
                FROM golang:1.22 AS build
                RUN go build -o /app .
                FROM debian:bookworm-slim
                COPY --from=build /app /app
                """, "Dockerfile"),
            new FixOptions(MultiStage: true));

        Assert.Contains(result.Notes, note => note.Contains("several stages",
            StringComparison.Ordinal));
        Assert.False(result.Changed);
    }

    [Fact]
    public void Without_the_context_no_module_download_is_added_and_the_reason_is_given()
    {
        var result = Restage("""
            FROM golang:1.22-bookworm
            WORKDIR /src
            COPY . .
            RUN CGO_ENABLED=0 go build -o /usr/local/bin/api ./cmd/api
            CMD ["/usr/local/bin/api"]
            """);

        Assert.DoesNotContain("go mod download", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Reason.Contains(
            "build context was not given", StringComparison.Ordinal));
    }
}
