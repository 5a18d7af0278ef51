using System.Globalization;
using ChatCoach.Domain.Scoreboard;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatCoach.Domain.Tests;

public class ValueParserTests
{
    [Theory]
    [InlineData("412", Unit.Currency, 412)]
    [InlineData("$412", Unit.Currency, 412)]
    [InlineData("$ 1,250.50", Unit.Currency, 1250.50)]
    [InlineData("1.2k", Unit.Currency, 1200)]
    [InlineData("1.2K", Unit.Currency, 1200)]
    [InlineData("412 dollars", Unit.Currency, 412)]
    [InlineData("31%", Unit.Percent, 31)]
    [InlineData("31 %", Unit.Percent, 31)]
    [InlineData("31", Unit.Percent, 31)]
    [InlineData("31.5 percent", Unit.Percent, 31.5)]
    [InlineData("14 days", Unit.Days, 14)]
    [InlineData("1 day", Unit.Days, 1)]
    [InlineData("2 weeks", Unit.Days, 14)]
    [InlineData("3.5", Unit.Days, 3.5)]
    [InlineData("3", Unit.Count, 3)]
    [InlineData("  7. ", Unit.Count, 7)]
    [InlineData("100%", Unit.Percent, 100)]
    [InlineData("0", Unit.Count, 0)]
    public void Reads_what_people_type(string raw, Unit unit, double expected)
    {
        var parsed = ValueParser.Parse(raw, unit);

        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal((decimal)expected, parsed.Value);
    }

    [Theory]
    [InlineData("forty-ish", Unit.Percent, "I couldn't read 'forty-ish' as a percentage. Try something like 40%.")]
    [InlineData("101%", Unit.Percent, "A percentage can't be above 100")]
    [InlineData("-2", Unit.Count, "A count can't be negative")]
    [InlineData("2.5", Unit.Count, "A count is a whole number")]
    [InlineData("$40", Unit.Percent, "looks like money")]
    [InlineData("14 days", Unit.Currency, "looks like a duration")]
    [InlineData("31%", Unit.Days, "looks like a percentage")]
    [InlineData("1.2k", Unit.Percent, "scaled with k or m")]
    [InlineData("", Unit.Currency, "I couldn't read")]
    [InlineData("12 34", Unit.Currency, "I couldn't read")]
    public void Refuses_with_a_reply_that_says_what_to_type(string raw, Unit unit, string expected)
    {
        var parsed = ValueParser.Parse(raw, unit);

        Assert.False(parsed.Ok);
        Assert.Contains(expected, parsed.Error);
    }

    [Property(MaxTest = 300)]
    public bool Any_formatted_non_negative_value_reads_back_to_itself(NonNegativeInt whole, byte cents, bool asPercent)
    {
        var unit = asPercent ? Unit.Percent : Unit.Currency;
        var value = asPercent
            ? Math.Round(whole.Get % 100 + cents % 100 / 100m, 2)
            : whole.Get + cents % 100 / 100m;
        var parsed = ValueParser.Parse(ValueFormatter.Format(value, unit), unit);
        return parsed.Ok && parsed.Value == value;
    }

    [Property(MaxTest = 300)]
    public bool Never_throws_and_always_answers_one_way_or_the_other(string? raw)
    {
        foreach (var unit in Enum.GetValues<Unit>())
        {
            var parsed = ValueParser.Parse(raw, unit);
            if (parsed.Ok == (parsed.Error is not null))
            {
                return false;
            }
        }
        return true;
    }

    [Property(MaxTest = 200)]
    public Property Percentages_above_100_are_always_refused()
    {
        return Prop.ForAll(Gen.Choose(101, 1_000_000).ToArbitrary(), n =>
            !ValueParser.Parse(n.ToString(CultureInfo.InvariantCulture) + "%", Unit.Percent).Ok);
    }

    [Property(MaxTest = 200)]
    public Property Negative_values_are_refused_for_every_unit()
    {
        return Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), n =>
            Enum.GetValues<Unit>().All(unit => !ValueParser.Parse("-" + n.ToString(CultureInfo.InvariantCulture), unit).Ok));
    }
}
