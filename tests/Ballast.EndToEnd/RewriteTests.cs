using Ballast.Rules;
using Ballast.Text;
using Xunit;
using Xunit.Abstractions;

namespace Ballast.EndToEnd;

/// <summary>
/// For each compiled or packaged app (Go, Rust, Node, Java), builds the careless single-stage
/// Dockerfile and Ballast's multi-stage rewrite with real Buildah on the stand-in images,
/// runs both, and checks the rewrite does the same job from a smaller image without the
/// toolchain.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class RewriteTests
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    // Each ratio is the measured rewrite/original size (docs/engines.md: 0.6 %, 2.6 %, 23.6 %
    // and 64.9 %) with some margin, so a recipe that starts carrying the toolchain fails.
    private static readonly Dictionary<string, Expectation> Expectations = new()
    {
        ["goclock"] = new(
            "gcr.io/distroless/static-debian12:nonroot",
            MaxRatio: 0.02,
            Output: """
                Europe/Paris         2026-03-29 01:30 CET
                Asia/Tokyo           2026-03-29 09:30 JST
                America/New_York     2026-03-28 20:30 EDT
                ca bundle: ok

                """,
            Toolchain: ["/usr/lib/go-1.19/bin/go", "/usr/bin/gcc", "/root/.cache/go-build"],
            Kept: ["/usr/local/bin/worldclock", "/usr/share/zoneinfo/Europe/Paris"]),
        ["rustcalc"] = new(
            "gcr.io/distroless/cc-debian12:latest",
            MaxRatio: 0.05,
            Output: """
                3 4 + 2 * = 14
                2 10 ^ 24 - = 1000
                1 2 3 * + 7 / = 1

                """,
            Toolchain: ["/usr/bin/cargo", "/usr/bin/rustc", "/usr/src/rpn/target/release/deps"],
            Kept: ["/usr/src/rpn/target/release/rpn"]),
        ["nodeapp"] = new(
            "node:18-bookworm-slim",
            MaxRatio: 0.3,
            Output: """
                gateway    up 1 day
                billing    up 2 hours
                search     up 14 days
                mailer     up 45 seconds
                longest:   search (14d)

                """,
            Toolchain: ["/usr/bin/g++", "/usr/bin/make", "/usr/src/app/node_modules/prettier"],
            Kept: ["/usr/src/app/node_modules/ms/index.js", "/usr/src/app/index.js"]),
        ["javaloan"] = new(
            "eclipse-temurin:17-jre-jammy",
            MaxRatio: 0.7,
            Output: """
                monthly payment: 1122.61
                payments:        360
                total interest:  154140.78
                first year:      4797.79 principal

                """,
            Toolchain: ["/usr/bin/javac", "/usr/lib/jvm/java-17-openjdk-amd64/bin/javac",
                "/build/classes", "/build/src"],
            Kept: ["/build/loan.jar", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java"]),
    };

    private readonly EndToEndSetup setup;
    private readonly ITestOutputHelper output;

    public RewriteTests(EndToEndSetup setup, ITestOutputHelper output)
    {
        this.setup = setup;
        this.output = output;
    }

    public static TheoryData<string> Apps => new(Expectations.Keys);

    [SkippableTheory]
    [MemberData(nameof(Apps))]
    public async Task Rewrite_has_a_builder_and_a_final_stage_on_the_runtime_base(string name)
    {
        setup.Require();
        var app = setup[name];
        await app.MultiStage;

        var check = Checker.Default.Check(new SourceText(app.Rewrite!));

        Assert.Equal(2, check.Model.Stages.Count);
        Assert.Equal(Expectations[name].FinalBase, check.Model.Stages[1].BaseName);
        Assert.DoesNotContain(check.Findings,
            finding => finding.RuleId is "BL101" or "BL102" or "BL103");
    }

    [SkippableTheory]
    [MemberData(nameof(Apps))]
    public async Task Rewrite_prints_what_the_original_prints(string name)
    {
        setup.Require();
        var app = setup[name];

        var single = await setup.Engine.RunAsync((await app.SingleStage).Tag, null, RunTimeout);
        var multi = await setup.Engine.RunAsync((await app.MultiStage).Tag, null, RunTimeout);

        Assert.True(single.ExitCode == 0, $"original: {single.ExitCode} {single.StandardError}");
        Assert.True(multi.ExitCode == 0, $"rewrite: {multi.ExitCode} {multi.StandardError}");
        Assert.Equal(Expectations[name].Output, WithoutScriptBanner(single.StandardOutput));
        Assert.Equal(Expectations[name].Output, multi.StandardOutput);
    }

    [SkippableTheory]
    [MemberData(nameof(Apps))]
    public async Task Toolchain_is_in_the_original_but_not_in_the_rewrite(string name)
    {
        setup.Require();
        var app = setup[name];
        var toolchain = Expectations[name].Toolchain;

        var inOriginal = await setup.Files.ExistingAsync((await app.SingleStage).Tag, toolchain);
        var inRewrite = await setup.Files.ExistingAsync((await app.MultiStage).Tag, toolchain);

        Assert.Equal(toolchain, inOriginal);
        Assert.Empty(inRewrite);
    }

    [SkippableTheory]
    [MemberData(nameof(Apps))]
    public async Task Rewrite_keeps_what_the_app_needs_at_run_time(string name)
    {
        setup.Require();
        var kept = Expectations[name].Kept;

        var found = await setup.Files.ExistingAsync((await setup[name].MultiStage).Tag, kept);

        Assert.Equal(kept, found);
    }

    [SkippableTheory]
    [MemberData(nameof(Apps))]
    public async Task Rewrite_is_at_most_the_measured_share_of_the_original(string name)
    {
        setup.Require();
        var app = setup[name];
        var singleBuild = await app.SingleStage;
        var multiBuild = await app.MultiStage;
        var single = await setup.Engine.InspectAsync(singleBuild.Tag);
        var multi = await setup.Engine.InspectAsync(multiBuild.Tag);

        var ratio = (double)multi.Size / single.Size;

        output.WriteLine($"{name} single-stage: {single.Size:N0} B, built in "
            + $"{singleBuild.Duration.TotalSeconds:0} s");
        output.WriteLine($"{name} multi-stage:  {multi.Size:N0} B, built in "
            + $"{multiBuild.Duration.TotalSeconds:0} s ({ratio:P1} of single-stage)");
        var limit = Expectations[name].MaxRatio;
        Assert.True(ratio <= limit, $"{name}: rewrite {multi.Size:N0} B is {ratio:P1} of "
            + $"original {single.Size:N0} B, more than {limit:P0}");
    }

    /// <summary>npm prints the script it runs (<c>&gt; name@1.0.0 start</c>, the command and a
    /// blank line) before the script's own output; the rewrite calls node directly.</summary>
    private static string WithoutScriptBanner(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, line => line.Length > 0 && !line.StartsWith("> "));
        return start <= 0 ? text : string.Join('\n', lines[start..]);
    }

    /// <summary>What one app's rewrite must be and do.</summary>
    /// <param name="FinalBase">The final stage's FROM, as the recipe writes it.</param>
    /// <param name="MaxRatio">The largest rewrite/original image size accepted.</param>
    /// <param name="Output">What both images print with their default command.</param>
    /// <param name="Toolchain">Paths of the build tools: all in the original, none in the
    /// rewrite.</param>
    /// <param name="Kept">Paths the rewrite must still hold.</param>
    private sealed record Expectation(
        string FinalBase,
        double MaxRatio,
        string Output,
        IReadOnlyList<string> Toolchain,
        IReadOnlyList<string> Kept);
}
