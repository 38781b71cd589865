using Ballast.Reports;

namespace Ballast.Tests.Reports;

public sealed class HtmlBarChartTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 100)]
    [InlineData(-5, 100)]
    [InlineData(double.NaN, 100)]
    [InlineData(double.PositiveInfinity, 100)]
    [InlineData(7, 0)]
    public void Nothing_is_drawn_for_zero_negative_or_unreal_values(double value, double longest)
    {
        var length = HtmlBarChart.Scale(value, longest);

        Assert.Equal(0, length);
    }

    [Fact]
    public void The_longest_bar_fills_the_plot_and_the_others_are_proportional()
    {
        var full = HtmlBarChart.Scale(200, 200);

        var half = HtmlBarChart.Scale(100, 200);

        Assert.Equal(230, full);
        Assert.Equal(115, half);
    }

    [Fact]
    public void A_value_far_below_the_longest_still_draws_one_unit()
    {
        var length = HtmlBarChart.Scale(1, long.MaxValue);

        Assert.Equal(1, length);
    }

    [Fact]
    public void The_largest_long_scales_without_overflow()
    {
        var length = HtmlBarChart.Scale(long.MaxValue, long.MaxValue);

        Assert.Equal(HtmlBarChart.Scale(1, 1), length);
    }
}
