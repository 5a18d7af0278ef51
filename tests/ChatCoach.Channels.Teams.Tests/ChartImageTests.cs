using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Charts;
using ChatCoach.Domain.Charts;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Scoreboard.Charts;
using SkiaSharp;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class ChartImageTests : TeamsHostTests
{
    private static readonly Indicator CostPerOpp = DefaultScoreboard.Indicators[1] with { Target = 400m };

    private static Domain.Conversation.Reply ChartReply()
    {
        var recorded = new RecordedValue(CostPerOpp.Key, Period.Parse("2026-10"), 1, ValueKind.Value, 412m, new UserRef("local:dana"),
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero), "teams");
        var trend = IndicatorTrend.Of(CostPerOpp, [recorded], Period.Parse("2025-11"), Period.Parse("2026-10"));
        return ChartReplies.Trend(new ChartResult(trend, TrendChart.Render(trend)));
    }

    private static IEnumerable<JsonNode?> Images(ConnectorCall call) =>
        call.Json!["attachments"]!.AsArray().Where(a => a!["contentType"]!.GetValue<string>() == "image/png");

    [Fact]
    public async Task A_chart_goes_inline_as_a_png_data_uri_with_its_numbers_in_words()
    {
        Host.Coach.Answer = (_, _) => ChartReply();

        await Host.PostAsync(Host.Activity("message-personal"));
        var call = await Platform.NextCallAsync();

        var image = Assert.Single(Images(call))!;
        var url = image["contentUrl"]!.GetValue<string>();
        Assert.StartsWith("data:image/png;base64,", url, StringComparison.Ordinal);
        using var png = SKBitmap.Decode(Convert.FromBase64String(url["data:image/png;base64,".Length..]));
        Assert.Equal((TrendChart.Width, TrendChart.Height), (png.Width, png.Height));
        Assert.Equal("cost-per-qualified-opp-2025-11-to-2026-10.png", image["name"]!.GetValue<string>());
        Assert.Contains("In words: Line chart of Cost per qualified opportunity, Nov 2025 to Oct 2026, lower is better. Target $400.", call.Json!["text"]!.GetValue<string>());
        Assert.Contains("Oct 2026 $412", call.Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reply_refused_as_too_large_is_sent_again_with_the_picture_in_words()
    {
        Host.Coach.Answer = (_, _) => ChartReply();
        Platform.Script(413, """{"error":{"code":"MessageSizeTooBig","message":"Message size too big"}}""");

        await Host.PostAsync(Host.Activity("message-personal"));
        var refused = await Platform.NextCallAsync();
        var again = await Platform.NextCallAsync();

        Assert.Single(Images(refused));
        Assert.Null(again.Json!["attachments"]);
        Assert.Contains("the picture was too large to send here). In words: Line chart of Cost per qualified opportunity", again.Json!["text"]!.GetValue<string>());
    }
}
