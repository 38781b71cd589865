using Ballast.Knowledge;
using Ballast.Model;
using Ballast.Rewrite.Restage;

namespace Ballast.Tests.Restage;

/// <summary>How the Ruby recipe recognises bundler builds, declines the ones it cannot split,
/// and writes the bundler settings and commands.</summary>
public sealed class RubyRecipeTests : IDisposable
{
    private static readonly RubyRecipe Recipe = new(BaseImageCatalog.Default, PackageFacts.Default);

    private readonly string context = Directory.CreateTempSubdirectory("ballast-ruby-").FullName;

    public void Dispose() => Directory.Delete(context, recursive: true);

    private static Recognition Recognise(string text)
    {
        var model = DockerfileModel.Parse(text);
        return Recipe.Recognise(model, model.Stages[0]);
    }

    private RestageResult Restage(string text) =>
        Recipe.Restage(DockerfileModel.Parse(text), context);

    private void Context(string gemfile, bool withLock)
    {
        File.WriteAllText(Path.Combine(context, "Gemfile"), gemfile);
        if (withLock)
        {
            File.WriteAllText(Path.Combine(context, "Gemfile.lock"), "GEM\n");
        }
    }

    private const string Puma = """
        FROM ruby:3.3-bookworm
        RUN apt-get update && apt-get install -y libpq-dev
        WORKDIR /app
        COPY . .
        RUN bundle install
        CMD ["puma", "-C", "config/puma.rb"]
        """;

    [Fact]
    public void A_bundle_install_on_a_ruby_image_is_recognised()
    {
        Assert.True(Recognise(Puma).Recognised);
    }

    [Fact]
    public void A_gem_install_alone_is_not_recognised()
    {
        var recognition = Recognise("FROM ruby:3.3\nRUN gem install rake\n");

        Assert.False(recognition.Recognised);
        Assert.Contains("bundle install", recognition.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_debian_image_with_bundler_is_not_recognised()
    {
        Assert.False(Recognise("FROM debian:bookworm\nRUN bundle install\n").Recognised);
    }

    [Fact]
    public void The_final_stage_is_the_slim_image_of_the_same_release_with_the_gems()
    {
        Context("source \"https://rubygems.org\"\ngem \"pg\"\n", withLock: true);

        var result = Restage(Puma);

        Assert.True(result.Restaged);
        Assert.Contains("FROM ruby:3.3-slim-bookworm", result.Text, StringComparison.Ordinal);
        Assert.Contains("COPY --from=builder /usr/local/bundle /usr/local/bundle", result.Text,
            StringComparison.Ordinal);
        var final = result.Text[result.Text.IndexOf("slim", StringComparison.Ordinal)..];
        Assert.Contains("libpq5", final, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lock_file_turns_on_deployment_mode_and_bundle_exec_for_gem_commands()
    {
        Context("source \"https://rubygems.org\"\ngem \"puma\"\n", withLock: true);

        var result = Restage(Puma);

        Assert.Contains("BUNDLE_DEPLOYMENT=1 BUNDLE_PATH=/usr/local/bundle", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("CMD [\"bundle\", \"exec\", \"puma\"", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("COPY Gemfile Gemfile.lock /app/", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_lock_file_there_is_no_deployment_mode_and_the_command_stays()
    {
        Context("source \"https://rubygems.org\"\ngem \"puma\"\n", withLock: false);

        var result = Restage(Puma);

        Assert.DoesNotContain("BUNDLE_DEPLOYMENT", result.Text, StringComparison.Ordinal);
        Assert.Contains("ENV BUNDLE_WITHOUT=development:test", result.Text,
            StringComparison.Ordinal);
        Assert.Contains("CMD [\"puma\", \"-C\", \"config/puma.rb\"]", result.Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_gemspec_in_the_gemfile_keeps_the_install_after_the_sources()
    {
        Context("source \"https://rubygems.org\"\ngemspec\n", withLock: true);

        var result = Restage(Puma);

        Assert.True(result.Restaged);
        Assert.DoesNotContain("COPY Gemfile", result.Text, StringComparison.Ordinal);
        Assert.True(result.Text.IndexOf("COPY . .", StringComparison.Ordinal)
            < result.Text.IndexOf("RUN bundle install", StringComparison.Ordinal));
    }

    [Fact]
    public void A_without_setting_of_the_original_is_not_overridden()
    {
        Context("source \"https://rubygems.org\"\n", withLock: true);

        var result = Restage(Puma.Replace("RUN bundle install",
            "ENV BUNDLE_WITHOUT=test\nRUN bundle install", StringComparison.Ordinal));

        Assert.DoesNotContain("development:test", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slim_build_without_build_packages_is_declined_with_the_reason()
    {
        var result = Restage("""
            FROM ruby:3.3-slim-bookworm
            WORKDIR /app
            COPY . .
            RUN bundle install
            CMD ["ruby", "app.rb"]
            """);

        Assert.False(result.Restaged);
        Assert.Contains("already a small image", result.SkippedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_copied_to_the_root_are_declined_with_the_line()
    {
        var result = Restage("""
            FROM ruby:3.3-bookworm
            COPY . .
            RUN bundle install
            """);

        Assert.False(result.Restaged);
        Assert.Contains("line 2 puts the sources at /", result.SkippedBecause,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_alpine_build_stays_on_alpine_with_apk_runtime_libraries()
    {
        Context("source \"https://rubygems.org\"\ngem \"pg\"\n", withLock: true);

        var result = Restage("""
            FROM ruby:3.3-alpine3.20
            RUN apk add --no-cache build-base postgresql-dev
            WORKDIR /app
            COPY . .
            RUN bundle install
            CMD ["bundle", "exec", "ruby", "app.rb"]
            """);
        var final = result.Text[result.Text.LastIndexOf("FROM ", StringComparison.Ordinal)..];

        Assert.StartsWith("FROM ruby:3.3-alpine3.20\n", final, StringComparison.Ordinal);
        Assert.Contains("RUN apk add --no-cache libpq\n", final, StringComparison.Ordinal);
        Assert.DoesNotContain("build-base", final, StringComparison.Ordinal);
        Assert.Contains(result.Changes, change => change.Change.Contains("keeps `bundle exec`",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Packages_installed_inside_control_flow_are_declined_with_the_line()
    {
        var result = Restage("""
            FROM ruby:3.3-bookworm
            WORKDIR /app
            RUN if [ -n "$PG" ]; then apt-get install -y libpq-dev; fi
            COPY . .
            RUN bundle install
            """);

        Assert.False(result.Restaged);
        Assert.Contains("line 3", result.SkippedBecause, StringComparison.Ordinal);
    }
}
