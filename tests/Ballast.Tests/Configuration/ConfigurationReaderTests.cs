using Ballast.Configuration;
using Ballast.Rules;

namespace Ballast.Tests.Configuration;

public sealed class ConfigurationReaderTests
{
    private readonly List<ConfigurationError> errors = [];

    [Fact]
    public void Reads_every_ballast_setting()
    {
        var yaml = """
            ignore: [BL131, DL3007]
            severity:
              BL318: error
            fail-on: info
            trusted-registries: [docker.io, registry.example.com]
            require-digest: true
            overrides:
              - paths: ["legacy/**"]
                ignore: [BL451]
                severity: { BL316: style }
            """;

        var configuration = ConfigurationReader.ReadBallast(yaml, "/repo/.ballast.yaml", errors);

        Assert.Empty(errors);
        Assert.Equal(["BL131", "BL452"], configuration.Ignored.Order());
        Assert.Equal(Severity.Error, configuration.Severities["BL318"]);
        Assert.Equal(Severity.Info, configuration.FailOn);
        Assert.Equal(["docker.io", "registry.example.com"], configuration.TrustedRegistries);
        Assert.True(configuration.RequireDigest);
        var entry = Assert.Single(configuration.Overrides);
        Assert.True(entry.Matches("legacy/api/Dockerfile"));
        Assert.False(entry.Matches("services/Dockerfile"));
        Assert.Equal(Severity.Style, entry.Severities["BL316"]);
    }

    [Fact]
    public void An_unknown_setting_is_an_error_with_its_line()
    {
        var yaml = "ignore: [BL131]\nignroe: [BL132]\n";

        ConfigurationReader.ReadBallast(yaml, ".ballast.yaml", errors);

        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("ignroe", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_severity_is_an_error_not_an_exception()
    {
        var yaml = "severity:\n  BL318: loud\n";

        var configuration = ConfigurationReader.ReadBallast(yaml, ".ballast.yaml", errors);

        Assert.Single(errors);
        Assert.Empty(configuration.Severities);
    }

    [Fact]
    public void Broken_yaml_is_an_error_with_a_location()
    {
        var yaml = "ignore: [BL131]\nfail-on: a: b\n";

        var configuration = ConfigurationReader.ReadBallast(yaml, ".ballast.yaml", errors);

        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Empty(configuration.Ignored);
    }

    [Fact]
    public void An_unterminated_list_is_an_error_naming_the_file()
    {
        var yaml = "ignore: [BL131\nseverity: {";

        var configuration = ConfigurationReader.ReadBallast(yaml, ".ballast.yaml", errors);

        var error = Assert.Single(errors);
        Assert.Equal(".ballast.yaml", error.Path);
        Assert.Empty(configuration.Ignored);
    }

    [Fact]
    public void An_empty_file_is_an_empty_configuration()
    {
        var configuration = ConfigurationReader.ReadBallast("", ".ballast.yaml", errors);

        Assert.Empty(errors);
        Assert.Empty(configuration.Ignored);
        Assert.Null(configuration.FailOn);
    }

    [Fact]
    public void Hadolint_ignored_codes_and_overrides_are_mapped_to_ballast_ids()
    {
        var yaml = """
            ignored: [DL3020, DL3057]
            override:
              error: [DL3007]
            trustedRegistries: [registry.example.com]
            failure-threshold: error
            """;

        var configuration = ConfigurationReader.ReadHadolint(yaml, ".hadolint.yaml", errors);

        Assert.Empty(errors);
        Assert.Equal(["BL316"], configuration.Ignored);
        Assert.Equal(Severity.Error, configuration.Severities["BL452"]);
        Assert.Equal(["registry.example.com"], configuration.TrustedRegistries);
        Assert.Equal(Severity.Error, configuration.FailOn);
    }
}
