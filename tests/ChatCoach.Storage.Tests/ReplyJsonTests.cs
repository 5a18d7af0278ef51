using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Storage.Tests;

/// <summary>Replies waiting in the outbox come back exactly as they were written, every kind of part.</summary>
public sealed class ReplyJsonTests
{
    private static readonly ChatAction Submit = new("nudges", "record", new Dictionary<string, string> { ["indicator"] = "cost-per-qualified-opp", ["period"] = "2026-10" }, Input: "value");

    private static readonly UserRef Dana = new("slack:UDANA");
    private static readonly Indicator Cost = new("cost-per-qualified-opp", "Cost per qualified opportunity", Unit.Currency, BetterWhen.Lower, "CAC", 400m, Dana, ["cost per opp"], 1);

    private static readonly RecordedValue October = new(Cost.Key, new Period(2026, 10), 2, ValueKind.Value, 412m, Dana, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "slack", "corrected");

    [Fact]
    public void Every_part_and_inline_survives_the_round_trip()
    {
        var standing = new StandingCalculator(new ReportingCalendar(5)).Compute([Cost], [October], new DateOnly(2026, 11, 23));
        var reply = Reply.Of(
            new Paragraph([new TextRun("Hi "), new Strong("team"), new Mention(Dana)], Tone.Warning),
            new StandingTable(standing),
            new HistoryTable(Cost, [October]),
            new OwnerTable([Cost]),
            new Choices("Next?", [new Choice("Take the survey", "take the readiness survey")]),
            new InputRequest("What was it?", Cost.Key, Cost.Name, new Period(2026, 10), Unit.Currency, Submit));

        var back = ReplyJson.Read(ReplyJson.Write(reply));

        Assert.Equal(reply, back, ReplyComparer.Instance);
        var row = Assert.IsType<StandingTable>(back.Parts[1]).Standing.Rows.Single();
        Assert.Equal((412m, 2, Dana, "corrected"), (row.Latest!.Value!.Value, row.Latest.Revision, row.Latest.RecordedBy, row.Latest.Note));
        Assert.Equal(["cost per opp"], row.Indicator.Aliases);
        Assert.Equal(new Period(2026, 10), Assert.IsType<InputRequest>(back.Parts[5]).Period);
        var submit = Assert.IsType<InputRequest>(back.Parts[5]).Submit!;
        Assert.Equal((Submit.Feature, Submit.Verb, Submit.Input, Submit.ToWire()), (submit.Feature, submit.Verb, submit.Input, submit.ToWire()));
        Assert.Equal(Dana, Assert.IsType<Mention>(Assert.IsType<Paragraph>(back.Parts[0]).Inlines[2]).User);
        Assert.Equal("take the readiness survey", Assert.IsType<Choices>(back.Parts[4]).Options[0].Utterance);
        Assert.Contains("\"$type\":\"mention\"", ReplyJson.Write(reply), StringComparison.Ordinal);
    }

    /// <summary>
    /// Every answer is kept with its inbox row before it is sent, so its stored form is written per
    /// event: figures the types compute from what they hold (a standing's missing rows, a paragraph's
    /// plain text) are left out and computed again when read, not stored a second time.
    /// </summary>
    [Fact]
    public void A_stored_standing_holds_each_row_once_and_nothing_it_can_compute_again()
    {
        var standing = new StandingCalculator(new ReportingCalendar(5)).Compute([Cost], [], new DateOnly(2026, 11, 23));
        var reply = Reply.Of(new Paragraph([new TextRun("Where we stand")]), new StandingTable(standing));

        var json = ReplyJson.Write(reply);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(json, "Cost per qualified opportunity"));
        Assert.DoesNotContain("PlainText", json, StringComparison.Ordinal);
        var back = Assert.IsType<StandingTable>(ReplyJson.Read(json).Parts[1]).Standing;
        Assert.Equal((0, Cost.Key), (back.ReportedCount, Assert.Single(back.Missing).Indicator.Key));
        Assert.Equal(["CAC"], back.Rows.Single().Indicator.LaggingMetrics);
        var keptBefore = """{"Parts":[{"$type":"paragraph","Inlines":[{"$type":"text","Text":"Hi"}],"Tone":"Plain","PlainText":"Hi"}],"PlainText":"Hi"}""";
        Assert.Equal("Hi", ReplyJson.Read(keptBefore).PlainText);
    }

    [Fact]
    public void A_picture_survives_the_round_trip_byte_for_byte()
    {
        var reply = Reply.Of(new Picture([0x89, 0x50, 0x4E, 0x47, 7], 800, 420, "chart.png", "Cost per opp", "Line chart: Oct 2026 $412.", "▁█"));

        var back = Assert.IsType<Picture>(ReplyJson.Read(ReplyJson.Write(reply)).Parts.Single());

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 7 }, back.Png);
        Assert.Equal(("chart.png", "Line chart: Oct 2026 $412.", "▁█", 800), (back.FileName, back.AltText, back.TextLine, back.Width));
    }

    [Fact]
    public void A_file_survives_the_round_trip_byte_for_byte()
    {
        var reply = Reply.Of(new FileAttachment("a,b\r\n1,2\r\n"u8.ToArray(), "scoreboard.csv", "text/csv", "Scoreboard export", "Ask the host."));

        var back = Assert.IsType<FileAttachment>(ReplyJson.Read(ReplyJson.Write(reply)).Parts.Single());

        Assert.Equal("a,b\r\n1,2\r\n"u8.ToArray(), back.Bytes);
        Assert.Equal(("scoreboard.csv", "text/csv", "Ask the host."), (back.FileName, back.ContentType, back.Unsent));
    }
}
