using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Tests;

public class ValueFormatterTests
{
    [Theory]
    [InlineData(412, Unit.Currency, "$412")]
    [InlineData(1250.5, Unit.Currency, "$1,250.5")]
    [InlineData(31, Unit.Percent, "31%")]
    [InlineData(31.25, Unit.Percent, "31.25%")]
    [InlineData(14, Unit.Days, "14 days")]
    [InlineData(1, Unit.Days, "1 day")]
    [InlineData(3, Unit.Count, "3")]
    public void Writes_values_the_one_way_the_bot_shows_them(double value, Unit unit, string expected) =>
        Assert.Equal(expected, ValueFormatter.Format((decimal)value, unit));

    [Theory]
    [InlineData(-43, Unit.Currency, "-$43")]
    [InlineData(3, Unit.Percent, "+3 pts")]
    [InlineData(-2, Unit.Days, "-2 days")]
    [InlineData(1, Unit.Count, "+1")]
    public void Writes_changes_with_their_sign(double change, Unit unit, string expected) =>
        Assert.Equal(expected, ValueFormatter.FormatChange((decimal)change, unit));
}
