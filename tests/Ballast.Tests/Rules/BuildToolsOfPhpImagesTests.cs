namespace Ballast.Tests.Rules;

/// <summary>BL102 on php images, whose Debian variants keep their compilers by design: only
/// what the build installs counts, because no stage split can remove the image's own.</summary>
public sealed class BuildToolsOfPhpImagesTests
{
    private const string Id = "BL102";

    [Fact]
    public void A_php_image_alone_is_not_blamed_for_its_compilers()
    {
        var text = "FROM php:8.3-fpm-bookworm\nCMD [\"php-fpm\"]\n";

        var findings = RuleRun.Findings(Id, text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Headers_installed_on_a_php_image_are_named()
    {
        var text = """
            FROM php:8.3-fpm-bookworm
            RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev
            """;

        var finding = RuleRun.Single(Id, text);

        Assert.Contains("libpq-dev", finding.Message);
        Assert.DoesNotContain("from the base image", finding.Message);
    }

    [Fact]
    public void A_full_ruby_image_is_still_blamed_for_its_compilers()
    {
        var finding = RuleRun.Single(Id, "FROM ruby:3.3-bookworm\n");

        Assert.Contains("compilers and headers from the base image ruby:3.3-bookworm",
            finding.Message);
    }
}
