using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the PHP recipe recognises composer builds, carries compiled extensions, and
/// says why it declines.</summary>
public sealed class PhpRecipeTests : IDisposable
{
    private static readonly PhpRecipe Recipe = new(BaseImageCatalog.Default, PackageFacts.Default);

    private readonly string context = Directory.CreateTempSubdirectory("ballast-php-").FullName;

    public void Dispose() => Directory.Delete(context, recursive: true);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    private RestageResult Restage(string text) =>
        Recipe.Restage(DockerfileModel.Parse(text), context);

    private const string Extensions = """
        FROM php:8.3-apache-bookworm
        RUN apt-get update && apt-get install -y libicu-dev libzip-dev unzip
        RUN docker-php-ext-install intl zip
        COPY --from=composer:2 /usr/bin/composer /usr/bin/composer
        RUN a2enmod rewrite
        WORKDIR /var/www/html
        COPY . .
        RUN composer install
        """;

    [Fact]
    public void A_composer_install_on_a_php_image_is_recognised()
    {
        Assert.True(Recognise(Extensions).Recognised);
    }

    [Fact]
    public void An_extension_build_without_composer_is_not_recognised()
    {
        var recognition = Recognise("FROM php:8.3\nRUN docker-php-ext-install opcache\n");

        Assert.False(recognition.Recognised);
        Assert.Contains("composer install", recognition.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_composer_image_is_not_recognised_as_php()
    {
        Assert.False(Recognise("FROM composer:2\nRUN composer install\n").Recognised);
    }

    [Fact]
    public void The_final_stage_is_the_same_image_with_extensions_and_runtime_libraries()
    {
        File.WriteAllText(Path.Combine(context, "composer.json"), "{}");

        var result = Restage(Extensions);
        var final = result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.True(result.Restaged);
        Assert.StartsWith("FROM php:8.3-apache-bookworm\n", final, StringComparison.Ordinal);
        Assert.Contains("libicu72", final, StringComparison.Ordinal);
        Assert.Contains("libzip4", final, StringComparison.Ordinal);
        Assert.Contains("COPY --from=builder /usr/local/lib/php/extensions", final,
            StringComparison.Ordinal);
        Assert.Contains("conf.d/docker-php-ext-*.ini /usr/local/etc/php/conf.d/", final,
            StringComparison.Ordinal);
        Assert.DoesNotContain("-dev", final, StringComparison.Ordinal);
        Assert.DoesNotContain("unzip", final, StringComparison.Ordinal);
        Assert.DoesNotContain("composer", final, StringComparison.Ordinal);
    }

    [Fact]
    public void Apache_configuration_runs_in_both_stages()
    {
        var result = Restage(Extensions);
        var final = result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.Contains("RUN a2enmod rewrite", final, StringComparison.Ordinal);
    }

    [Fact]
    public void The_install_leaves_out_dev_packages_scripts_and_autoloader_until_the_sources()
    {
        File.WriteAllText(Path.Combine(context, "composer.json"), "{}");
        File.WriteAllText(Path.Combine(context, "composer.lock"), "{}");

        var result = Restage(Extensions);

        Assert.Contains("COPY composer.json composer.lock /var/www/html/", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("RUN composer install --no-dev --no-scripts --no-autoloader", result.Text,
            StringComparison.Ordinal);
        Assert.True(result.Text.IndexOf("COPY . .", StringComparison.Ordinal)
            < result.Text.IndexOf("composer dump-autoload --no-dev --optimize",
                StringComparison.Ordinal));
    }

    [Fact]
    public void A_path_repository_keeps_the_install_after_the_sources()
    {
        File.WriteAllText(Path.Combine(context, "composer.json"),
            "{ \"repositories\": [ { \"type\": \"path\", \"url\": \"packages/*\" } ] }");

        var result = Restage(Extensions);

        Assert.DoesNotContain("COPY composer.json", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_run_with_packages_extensions_and_the_piped_installer_is_split()
    {
        File.WriteAllText(Path.Combine(context, "composer.json"), "{}");

        var result = Restage("""
            FROM php:8.2-apache-bookworm
            WORKDIR /var/www/html
            COPY . .
            RUN apt-get update && apt-get install -y libzip-dev git \
                && docker-php-ext-install -j$(nproc) zip \
                && curl -sS https://getcomposer.org/installer | php -- --filename=composer \
                && composer install
            """);
        var text = result.Text;

        Assert.True(result.Restaged);
        Assert.True(text.IndexOf("docker-php-ext-install -j$(nproc) zip", StringComparison.Ordinal)
            < text.IndexOf("RUN composer install", StringComparison.Ordinal));
        Assert.True(text.IndexOf("getcomposer.org/installer | php", StringComparison.Ordinal)
            < text.IndexOf("RUN composer install", StringComparison.Ordinal));
        Assert.Contains("COPY composer.json /var/www/html/", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pipe_into_a_package_manager_keeps_the_run_whole_and_is_declined()
    {
        var result = Restage("""
            FROM php:8.3-cli-bookworm
            WORKDIR /app
            RUN cat packages.txt | xargs apt-get install -y
            COPY . .
            RUN composer install
            """);

        Assert.False(result.Restaged);
        Assert.Contains("line 3", result.SkippedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Extensions_on_an_unpinned_image_are_declined_with_the_reason()
    {
        var result = Restage(Extensions.Replace("php:8.3-apache-bookworm", "php",
            StringComparison.Ordinal));

        Assert.False(result.Restaged);
        Assert.Contains("unpinned php image", result.SkippedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_list_in_a_variable_is_declined_with_the_reason()
    {
        var result = Restage("""
            FROM php:8.3-fpm-alpine3.20
            RUN apk add --no-cache $PHPIZE_DEPS postgresql-dev
            RUN docker-php-ext-install pdo_pgsql
            WORKDIR /app
            COPY . .
            RUN composer install
            """);

        Assert.False(result.Restaged);
        Assert.Contains("$PHPIZE_DEPS", result.SkippedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void The_estimate_says_the_base_image_is_unchanged()
    {
        var result = Restage(Extensions);

        Assert.Contains(result.Estimate, line => line.StartsWith("Base image: unchanged",
            StringComparison.Ordinal));
    }
}
