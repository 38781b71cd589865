using Ballast.Rules.Catalog;

namespace Ballast.Tests.Rules;

/// <summary>The shortcuts taken for batch speed give the answers the long way gave.</summary>
public sealed class RuleShortcutTests
{
    [Theory]
    [InlineData("DB_PASSWORD")]
    [InlineData("dbPassword")]
    [InlineData("api.Token")]
    [InlineData("GÜLTIG_TOKEN")]
    public void Key_with_a_secret_word_looks_secret(string key)
    {
        var secret = SecretInArgOrEnvRule.LooksSecret(key);

        Assert.True(secret);
    }

    [Theory]
    [InlineData("PUBLIC_KEY")]
    [InlineData("keyboard_layout")]
    [InlineData("ÜBER_PUBLIC_TOKEN")]
    [InlineData("")]
    public void Key_without_a_secret_word_or_marked_public_does_not_look_secret(string key)
    {
        var secret = SecretInArgOrEnvRule.LooksSecret(key);

        Assert.False(secret);
    }

    [Fact]
    public void Word_without_a_dollar_sign_reports_no_undefined_variable()
    {
        var text = """
            FROM alpine:3.20
            ENV GREETING=hello
            RUN echo UNDEFINED_NAME
            """;

        var findings = RuleRun.Findings("BL412", text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Braced_reference_to_an_undefined_name_is_reported()
    {
        var text = """
            FROM alpine:3.20
            ENV GREETING=hello
            WORKDIR /srv/${MISSING_DIR}
            """;

        var finding = RuleRun.Single("BL412", text);

        Assert.Contains("MISSING_DIR", finding.Message);
        RuleRun.At(finding, 3, 14);
    }

    [Fact]
    public void Lowercase_majority_reports_the_uppercase_keyword()
    {
        var text = """
            from alpine:3.20
            run echo one
            RUN echo two
            """;

        var finding = RuleRun.Single("BL501", text);

        RuleRun.At(finding, 3, 1);
        Assert.Contains("lowercase", finding.Message);
    }

    [Fact]
    public void Consistent_keywords_are_not_reported()
    {
        var text = """
            FROM alpine:3.20
            RUN echo one
            """;

        var findings = RuleRun.Findings("BL501", text);

        Assert.Empty(findings);
    }

    [Fact]
    public void Removal_before_the_install_does_not_keep_build_tools_out()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get purge -y gcc && apt-get install -y gcc
            """;

        var finding = RuleRun.Single("BL102", text);

        Assert.Contains("gcc", finding.Message);
    }

    [Fact]
    public void Removal_after_the_install_keeps_build_tools_out()
    {
        var text = """
            FROM debian:bookworm-slim
            RUN apt-get install -y gcc && make && apt-get purge -y gcc
            """;

        var findings = RuleRun.Findings("BL102", text);

        Assert.Empty(findings);
    }
}
