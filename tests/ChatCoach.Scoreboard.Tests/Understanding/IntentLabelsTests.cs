using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>Which board functions count as writes comes from their access declarations, not a list kept by hand.</summary>
public sealed class IntentLabelsTests
{
    [Theory]
    [InlineData("add_indicator", true)]
    [InlineData("rename_indicator", true)]
    [InlineData("set_lagging_metric", true)]
    [InlineData("change_unit_or_direction", true)]
    [InlineData("retire_indicator", true)]
    [InlineData("restore_indicator", true)]
    [InlineData("record_quarter_value", true)]
    [InlineData("get_board_changes", false)]
    [InlineData("explain_indicator", false)]
    [InlineData("export_values", false)]
    [InlineData("get_quarterly_review", false)]
    public void A_board_function_is_a_write_exactly_when_it_is_declared_one(string function, bool writes) =>
        Assert.Equal(writes, IntentLabels.IsBoardWrite(function));
}
