using Ballast.Model;
using Ballast.Rewrite;
using Ballast.Rules;
using Ballast.Shell.Commands;
using Ballast.Text;

namespace Ballast.Tests.Seed;

/// <summary>The fix half of the seed scenario: the multi-stage rewrite, point by point.</summary>
public sealed class SeedRewriteTests
{
    private static readonly FixResult Result = Fixer.Default.Fix(
        new SourceText(TestCases.Dockerfile("seed-single-stage"), "Dockerfile"),
        new FixOptions(MultiStage: true, TestCases.Directory("seed-single-stage")));

    private static readonly DockerfileModel Rewrite = DockerfileModel.Parse(Result.NewText);

    private static Stage Builder => Rewrite.Stages[0];

    private static Stage Final => Rewrite.Stages[^1];

    private static IEnumerable<string> AptPackages(Stage stage) =>
        stage.PackageUses().Where(use => use.Command.Action == PackageAction.Install
            && use.Command.Manager == PackageManager.Apt)
            .SelectMany(use => use.Command.Packages.Select(package => package.Name));

    [Fact]
    public void Builder_is_on_the_original_base_and_final_on_its_slim_twin()
    {
        Assert.Equal(2, Rewrite.Stages.Count);
        Assert.Equal("builder", Builder.Name);
        Assert.Equal("python:3.11.2", Builder.BaseName);
        Assert.Equal("python:3.11.2-slim", Final.BaseName);
    }

    [Fact]
    public void Final_stage_installs_runtime_libraries_and_no_development_package()
    {
        var packages = AptPackages(Final).ToList();

        Assert.DoesNotContain(packages,
            package => package.EndsWith("-dev", StringComparison.Ordinal));
        Assert.Contains("libpq5", packages);
        Assert.Contains("zlib1g", packages);
        Assert.Contains("libmemcached11", packages);
        Assert.Contains("libmemcachedutil2", packages);
        Assert.Contains("postgresql-client", packages);
        Assert.DoesNotContain("dos2unix", packages);
    }

    [Fact]
    public void Builder_installs_the_development_packages_and_the_converter()
    {
        var packages = AptPackages(Builder).ToList();

        Assert.Contains("libpq-dev", packages);
        Assert.Contains("libmemcached-dev", packages);
        Assert.Contains("dos2unix", packages);
    }

    [Fact]
    public void Poetry_and_compilers_stay_out_of_the_final_stage_while_the_dependencies_ship()
    {
        var finalText = Result.NewText[Final.From.Span.Start..];

        Assert.DoesNotContain("poetry", finalText);
        Assert.DoesNotContain("pip install", finalText);
        Assert.Contains("COPY --from=builder /opt/venv /opt/venv", finalText);
        Assert.Contains("/opt/venv/bin:$PATH", finalText);
        Assert.EndsWith("-slim", Final.BaseName, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_stage_updates_apt_once_when_installing_without_recommends_and_drops_lists()
    {
        foreach (var stage in Rewrite.Stages)
        {
            var runs = stage.PackageUses().Where(use =>
                use.Command.Manager == PackageManager.Apt).GroupBy(use => use.Run).ToList();

            var run = Assert.Single(runs);
            Assert.Single(run, use => use.Command.Action == PackageAction.Update);
            Assert.All(run.Where(use => use.Command.Action == PackageAction.Install),
                use => Assert.True(use.Command.NoInstallRecommends));
            Assert.Contains("rm -rf /var/lib/apt/lists/*", run.Key.Script!.Text);
        }
    }

    [Fact]
    public void Manifests_are_copied_and_installed_before_the_rest_of_the_source()
    {
        var text = Result.NewText;
        var manifests = text.IndexOf("COPY pyproject.toml poetry.lock", StringComparison.Ordinal);
        var install = text.IndexOf("poetry install", StringComparison.Ordinal);
        var source = text.IndexOf("COPY . /ledger", StringComparison.Ordinal);

        Assert.True(manifests >= 0 && install > manifests && source > install);
    }

    [Fact]
    public void Converted_files_arrive_from_the_builder_and_the_entrypoint_stays_executable()
    {
        var finalText = Result.NewText[Final.From.Span.Start..];
        var builderText = Result.NewText[..Final.From.Span.Start];

        Assert.Contains("dos2unix .env docker-entrypoint.sh ./ledger/settings.py", builderText);
        Assert.Contains("chmod +x /docker-entrypoint.sh", builderText);
        Assert.Contains("COPY --from=builder /ledger /ledger", finalText);
        Assert.Contains(
            "COPY --from=builder /docker-entrypoint.sh /docker-entrypoint.sh", finalText);
    }

    [Fact]
    public void Runtime_settings_still_work_and_poetry_run_is_gone()
    {
        var finalText = Result.NewText[Final.From.Span.Start..];

        // BL506 rewrites the legacy form; either spelling keeps the setting.
        Assert.Matches("ENV PYTHONUNBUFFERED[ =]1", finalText);
        Assert.Equal("/ledger", Final.Workdir);
        Assert.Contains("ENTRYPOINT [ \"/docker-entrypoint.sh\" ]", finalText);
        Assert.Contains(
            "CMD [ \"python\", \"manage.py\", \"runserver\", \"0.0.0.0:8000\" ]", finalText);
    }

    [Fact]
    public void Rewrite_reparses_and_check_reports_none_of_the_seed_findings()
    {
        // The findings the seed scenario lists; other rules (pinning, USER) report choices the
        // rewrite deliberately leaves to the team.
        string[] seedRules =
            ["BL101", "BL102", "BL103", "BL104", "BL105", "BL106", "BL107", "BL201"];

        var check = Checker.Default.Check(new SourceText(Result.NewText));

        Assert.Empty(check.Errors);
        Assert.DoesNotContain(check.Findings, finding => seedRules.Contains(finding.RuleId));
    }

    [Fact]
    public void A_second_fix_changes_nothing()
    {
        var again = Fixer.Default.Fix(new SourceText(Result.NewText),
            new FixOptions(MultiStage: true, TestCases.Directory("seed-single-stage")));

        Assert.False(again.Changed);
    }

    [Fact]
    public void Report_explains_each_change_and_estimates_the_saving()
    {
        Assert.True(Result.Changes.Count >= 6);
        Assert.All(Result.Changes,
            change => Assert.False(string.IsNullOrWhiteSpace(change.Reason)));
        Assert.Contains(Result.Changes, change => change.Change.Contains("libpq5"));
        Assert.Contains(Result.Estimate, line => line.Contains("MB") && line.Contains("smaller"));
        Assert.Contains(Result.Estimate, line => line.Contains("estimate"));
    }

    [Fact]
    public void Comments_stay_with_the_instructions_they_describe()
    {
        var text = Result.NewText;

        Assert.Contains("# Database client and headers\n# Cache client libraries\n", text);
        Assert.Contains("# Line-ending converter", text[..Final.From.Span.Start]);
    }
}
