using ChatCoach.Scoreboard.Understanding;
using ChatCoach.Channels.Console;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using SkiaSharp;
using ChatCoach.Scoreboard;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>Pictures through the Coach, the Kernel, the charts plugin and a real SQLite store (today is 23 Nov 2026).</summary>
public sealed class ChartConversationTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoachFixture.CreateAsync();
        await _bot.SayAsync(CoachFixture.Admin, "set the target for cost per opp to $400");
        await _bot.SayAsync(CoachFixture.Admin, "record 520 for cost per opp for January 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 600 for cost per opp for September 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 455 for cost per opp for September 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per opp for October 2026");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_chart_of_an_indicator_plots_the_last_twelve_months_as_they_stand_after_corrections()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "chart of cost per opp");

        var picture = Assert.Single(reply.Parts.OfType<Picture>());
        Assert.Equal("Cost per qualified opportunity, Nov 2025 to Oct 2026: 3 of 12 months recorded, latest $412 (Oct 2026), target $400.", reply.PlainText);
        Assert.Contains("Jan 2026 $520; Feb 2026 no value;", picture.AltText);
        Assert.Contains("Sep 2026 $455; Oct 2026 $412.", picture.AltText);
        Assert.DoesNotContain("$600", picture.AltText);
        using var png = SKBitmap.Decode(picture.Png);
        Assert.Equal((picture.Width, picture.Height), (png.Width, png.Height));
    }

    [Fact]
    public async Task Since_january_and_last_six_months_set_the_window()
    {
        var since = Assert.Single((await _bot.SayAsync(CoachFixture.Lee, "show cost per opp since January")).Parts.OfType<Picture>());
        var six = await _bot.SayAsync(CoachFixture.Lee, "chart of cost per opp for the last 6 months");

        Assert.StartsWith("Line chart of Cost per qualified opportunity, Jan 2026 to Oct 2026,", since.AltText);
        Assert.StartsWith("Cost per qualified opportunity, May 2026 to Oct 2026: 2 of 6 months recorded", six.PlainText);
    }

    [Fact]
    public async Task Trend_of_is_a_chart_now_and_history_of_is_still_the_table()
    {
        Assert.Single((await _bot.SayAsync(CoachFixture.Lee, "trend of cost per opp")).Parts.OfType<Picture>());
        Assert.Single((await _bot.SayAsync(CoachFixture.Lee, "history of cost per opp")).Parts.OfType<HistoryTable>());
    }

    [Fact]
    public async Task A_chart_with_nothing_recorded_says_so_instead_of_drawing()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "chart of win rate");

        Assert.Empty(reply.Parts.OfType<Picture>());
        Assert.Equal("No values are recorded for Win rate on deals decided by more than price from November 2025 to October 2026, so there is nothing to chart.", reply.PlainText);
    }

    [Fact]
    public async Task A_start_month_that_has_not_ended_gets_a_clear_answer()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "chart of cost per opp since 2027-01");

        Assert.StartsWith("! I couldn't chart from '2027-01'", reply);
    }

    [Fact]
    public async Task The_instrument_panel_is_one_picture_of_every_indicator()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "instrument panel");

        var picture = Assert.Single(reply.Parts.OfType<Picture>());
        Assert.StartsWith("Instrument panel for October 2026, 6 indicators.", picture.AltText);
        Assert.Contains("Cost per qualified opportunity: latest $412 (Oct 2026), target $400, off track; last six months no value, no value, no value, no value, $455, $412.", picture.AltText);
    }

    [Fact]
    public async Task The_console_saves_the_png_and_prints_its_path_and_a_sparkline()
    {
        var folder = Directory.CreateTempSubdirectory("chatcoach-pictures-");
        var chat = new ConsoleChat(_bot.Coach, new ConsolePictures(folder.FullName));
        var output = new StringWriter();

        await chat.RunAsync(new TurnContext(CoachFixture.Workspace, CoachFixture.Lee, "console", "console", IsDirect: true),
            new StringReader("chart of cost per opp\n"), output, interactive: false, CancellationToken.None);

        var path = Path.Combine(folder.FullName, "cost-per-qualified-opp-2025-11-to-2026-10.png");
        // Nov and Dec empty, January the highest, seven empty months, then September and October (the lowest).
        Assert.Contains($"Picture saved to {path}\n    █       ▄▁", output.ToString().ReplaceLineEndings("\n"));
        using var png = SKBitmap.Decode(await File.ReadAllBytesAsync(path));
        Assert.Equal(800, png.Width);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Where_do_we_stand_offers_the_instrument_panel_with_a_button()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "where do we stand");

        Assert.Empty(reply.Parts.OfType<Picture>());
        var offer = Assert.Single(reply.Parts.OfType<Choices>());
        Assert.Equal("instrument panel", Assert.Single(offer.Options).Utterance);
    }

    [Fact]
    public async Task By_the_setting_where_do_we_stand_includes_the_instrument_panel()
    {
        using var bot = await CoachFixture.CreateAsync(new EmbeddedPlanner(new StandingPictures(PanelWithStanding: true)));

        var reply = await bot.SayAsync(CoachFixture.Lee, "where do we stand");

        Assert.Single(reply.Parts.OfType<StandingTable>());
        Assert.StartsWith("Instrument panel for October 2026", Assert.Single(reply.Parts.OfType<Picture>()).AltText);
    }

    [Fact]
    public async Task The_quarterly_review_carries_the_instrument_panel()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "quarterly review");

        Assert.StartsWith("Instrument panel for October 2026", Assert.Single(reply.Parts.OfType<Picture>()).AltText);
    }
}
