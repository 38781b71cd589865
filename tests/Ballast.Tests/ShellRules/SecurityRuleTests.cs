using static Ballast.Tests.ShellRules.ShellRuleRun;

namespace Ballast.Tests.ShellRules;

public sealed class SecurityRuleTests
{
    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://get.example.com | sh\n")]
    [InlineData("FROM debian:12\nRUN wget -qO- https://get.example.com | sudo bash -s -- -y\n")]
    public void Download_piped_into_a_shell_is_reported(string file)
    {
        var finding = Assert.Single(Findings("BL301", file));

        Assert.Equal(2, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://get.example.com && sh "
        + "/tmp/i.sh\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://example.com/a.tgz | tar xz -C /opt\n")]
    [InlineData("FROM debian:12\nRUN curl -fsSL https://example.com/s | sh -c 'cat > /tmp/s'\n")]
    [InlineData("FROM debian:12\nRUN echo curl https://x | sh\n")]
    public void Downloads_saved_or_unpacked_are_not_reported(string file)
    {
        Assert.Empty(Findings("BL301", file));
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN sudo apt-get install -y curl\n")]
    [InlineData("FROM debian:12\nRUN make && sudo make install\n")]
    public void Sudo_in_a_run_is_reported(string file)
    {
        var finding = Assert.Single(Findings("BL302", file));

        Assert.Equal(2, finding.Location.Start.Line);
    }

    [Theory]
    [InlineData("FROM debian:12\nRUN apt-get install -y sudo\n")]
    [InlineData("FROM debian:12\nRUN echo sudo is not needed\n")]
    [InlineData("FROM debian:12\nUSER root\nRUN make install\n")]
    [InlineData("FROM debian:12\nRUN [\"sudo\", \"make\"]\n")]
    public void Sudo_as_a_package_or_word_is_not_reported(string file)
    {
        Assert.Empty(Findings("BL302", file));
    }
}
