using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>A terminal obeys what it is sent; typed names and notes reach it as text only.</summary>
public sealed class ConsoleEscapingTests
{
    [Fact]
    public void Terminal_escapes_in_a_note_are_dropped_and_the_rest_is_shown()
    {
        var dana = UserRef.Local("dana");
        var indicator = new Indicator("k", "Win\u001b[2J rate", Unit.Percent, BetterWhen.Higher, "lag");
        var value = new RecordedValue("k", Period.Parse("2026-10"), 1, ValueKind.NotAvailable, null, dana, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "console",
            Note: "because\r<!everyone> \u001b]8;;https://evil.example\u0007read this\u202E");

        var text = ConsoleRenderer.Render(Reply.Of(new HistoryTable(indicator, [value])));

        Assert.StartsWith("History of Win[2J rate", text, StringComparison.Ordinal);
        Assert.Contains("because<!everyone> ]8;;https://evil.exampleread this", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
    }

    [Fact]
    public void Line_breaks_survive_as_line_breaks()
    {
        Assert.Equal("one\ntwo\nthree", ShownText.Clean("one\r\ntwo\nthree"));
        Assert.Equal("onetwo", ShownText.Clean("one\rtwo"));
    }
}
