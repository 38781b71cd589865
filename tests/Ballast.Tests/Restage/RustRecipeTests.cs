using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the Rust recipe recognises release builds and finds the binary.</summary>
public sealed class RustRecipeTests
{
    private static readonly RustRecipe Recipe = new(BaseImageCatalog.Default, PackageFacts.Default);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    [Fact]
    public void A_release_build_on_a_rust_image_is_recognised()
    {
        Assert.True(Recognise("FROM rust:1.78-bookworm\nRUN cargo build --release\n").Recognised);
    }

    [Fact]
    public void A_debug_build_is_not_recognised()
    {
        var recognition = Recognise("FROM rust:1.78-bookworm\nRUN cargo build\n");

        Assert.False(recognition.Recognised);
        Assert.Contains("--release", recognition.Reason);
    }

    [Fact]
    public void A_build_whose_binary_name_is_unknown_is_skipped_with_the_reason()
    {
        var result = Recipe.Restage(
            DockerfileModel.Parse("FROM rust:1.78-bookworm\nRUN cargo build --release\n"), null);

        Assert.False(result.Restaged);
        Assert.Contains("--bin", result.SkippedBecause);
    }

    [Fact]
    public void A_musl_target_goes_to_distroless_static()
    {
        var result = Recipe.Restage(DockerfileModel.Parse("""
            FROM rust:1.78-bookworm
            WORKDIR /src
            COPY . .
            RUN cargo build --release --target x86_64-unknown-linux-musl --bin tool
            ENTRYPOINT ["/src/target/x86_64-unknown-linux-musl/release/tool"]
            """), null);

        Assert.Contains("FROM gcr.io/distroless/static-debian12", result.Text);
        Assert.Contains("COPY --from=builder /src/target/x86_64-unknown-linux-musl/release/tool",
            result.Text);
    }

    [Fact]
    public void The_change_list_says_why_the_sources_still_come_before_the_build()
    {
        var result = Recipe.Restage(DockerfileModel.Parse("""
            FROM rust:1.78-bookworm
            WORKDIR /src
            COPY . .
            RUN cargo build --release --target x86_64-unknown-linux-musl --bin tool
            ENTRYPOINT ["/src/target/x86_64-unknown-linux-musl/release/tool"]
            """), null);

        Assert.Contains(result.Changes, change => change.Reason.StartsWith("cargo fetches",
            StringComparison.Ordinal));
    }
}
