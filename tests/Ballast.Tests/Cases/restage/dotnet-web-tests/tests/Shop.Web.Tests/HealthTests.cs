namespace Shop.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public void Health_route_is_named_healthz() => Assert.Equal("/healthz", "/healthz");
}
