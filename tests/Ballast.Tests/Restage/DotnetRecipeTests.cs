using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the .NET recipe recognises builds, picks the runtime image and says why
/// not.</summary>
public sealed class DotnetRecipeTests
{
    private static readonly DotnetRecipe Recipe =
        new(BaseImageCatalog.Default, PackageFacts.Default);

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
    public void A_publish_on_the_sdk_image_is_recognised()
    {
        var recognition = Recognise("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release -o /app
            """);

        Assert.True(recognition.Recognised);
    }

    [Fact]
    public void The_aspnet_image_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM mcr.microsoft.com/dotnet/aspnet:8.0
            COPY app/ /app/
            ENTRYPOINT ["dotnet", "/app/Web.dll"]
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("SDK", recognition.Reason);
    }

    [Fact]
    public void A_build_that_neither_publishes_nor_runs_is_not_recognised()
    {
        var recognition = Recognise("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            COPY . .
            RUN dotnet build
            CMD ["dotnet", "bin/Debug/net8.0/App.dll"]
            """);

        Assert.False(recognition.Recognised);
        Assert.Contains("dotnet run", recognition.Reason);
    }

    [Fact]
    public void A_publish_without_an_output_folder_is_skipped_with_the_reason()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release
            ENTRYPOINT ["dotnet", "Web.dll"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("-o", result.SkippedBecause);
    }

    [Fact]
    public void An_aspnetcore_setting_picks_the_aspnet_image_and_says_so()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0-jammy
            WORKDIR /src
            COPY . .
            RUN dotnet publish Web.csproj -c Release -o /app
            ENV ASPNETCORE_URLS=http://+:5000
            ENTRYPOINT ["dotnet", "/app/Web.dll"]
            """);

        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy", Final(result));
        Assert.Contains(result.Changes, change => change.Reason.Contains("ASPNETCORE_URLS"));
    }

    [Fact]
    public void Without_the_context_or_a_setting_it_says_it_assumed_a_web_application()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:9.0-alpine
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release -o /app
            ENTRYPOINT ["dotnet", "/app/Tool.dll"]
            """);

        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine", Final(result));
        Assert.Contains(result.Changes, change => change.Reason.StartsWith("Assumed"));
    }

    [Fact]
    public void A_self_contained_publish_runs_on_runtime_deps()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0-bookworm-slim
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release -r linux-x64 --self-contained true -o /app
            ENTRYPOINT ["/app/Tool"]
            """);

        var final = Final(result);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-bookworm-slim", final);
        Assert.Contains("COPY --from=builder /app /app", final);
    }

    [Fact]
    public void Dotnet_run_names_the_dll_after_its_project_argument()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /src
            COPY . .
            RUN dotnet restore
            CMD dotnet run --project Api/Api.csproj
            """);

        var final = Final(result);
        Assert.Contains("CMD [\"dotnet\", \"/app/Api.dll\"]", final);
        Assert.Contains("RUN dotnet publish /src/Api/Api.csproj -c Release -o /app --no-restore",
            result.Text);
    }

    [Fact]
    public void Dotnet_run_without_a_project_or_the_context_is_skipped()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /src
            COPY . .
            RUN dotnet build
            CMD ["dotnet", "run"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("DLL to run is not known", result.SkippedBecause);
    }

    [Fact]
    public void Without_the_context_no_restore_is_added_and_the_report_says_why()
    {
        var result = Restage("""
            FROM mcr.microsoft.com/dotnet/sdk:8.0
            WORKDIR /src
            COPY . .
            RUN dotnet publish -c Release -o /app
            ENTRYPOINT ["dotnet", "/app/Web.dll"]
            """);

        Assert.DoesNotContain("dotnet restore", result.Text);
        Assert.Contains(result.Changes, change => change.Reason.StartsWith("Limitation:"));
    }
}
