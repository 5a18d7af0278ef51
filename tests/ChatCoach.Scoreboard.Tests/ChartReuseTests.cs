using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>
/// A chart asked for again with nothing changed is the picture already drawn; a value recorded (here
/// or by another host), a correction or a new target each draw it afresh, so a picture never shows a
/// stale number.
/// </summary>
public sealed class ChartReuseTests : IAsyncLifetime
{
    private const string Ask = "chart of cost per opp";
    private CoachFixture _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoachFixture.CreateAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 455 for cost per opp for September 2026");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Picture> ChartAsync() => Assert.Single((await _bot.SayAsync(CoachFixture.Lee, Ask)).Parts.OfType<Picture>());

    [Fact]
    public async Task Asking_again_with_nothing_recorded_shows_the_picture_already_drawn()
    {
        var first = await ChartAsync();

        Assert.Same(first.Png, (await ChartAsync()).Png);
    }

    [Fact]
    public async Task A_value_recorded_in_chat_is_in_the_very_next_chart()
    {
        var before = await ChartAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per opp for October 2026");

        var after = await ChartAsync();

        Assert.NotSame(before.Png, after.Png);
        Assert.DoesNotContain("$412", before.AltText);
        Assert.Contains("Oct 2026 $412", after.AltText);
    }

    [Fact]
    public async Task A_correction_replaces_the_corrected_point_in_the_next_chart()
    {
        await ChartAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 470 for cost per opp for September 2026");

        var after = await ChartAsync();

        Assert.Contains("Sep 2026 $470", after.AltText);
        Assert.DoesNotContain("$455", after.AltText);
    }

    [Fact]
    public async Task A_new_target_is_drawn_in_the_next_chart()
    {
        await ChartAsync();
        await _bot.SayAsync(CoachFixture.Admin, "set the target for cost per opp to $400");

        var reply = await _bot.SayAsync(CoachFixture.Lee, Ask);

        Assert.Contains("target $400", reply.PlainText);
    }

    [Fact]
    public async Task A_value_recorded_by_another_host_is_in_the_next_chart_here()
    {
        await ChartAsync();
        await _bot.AnotherHostsStore().RecordAsync(CoachFixture.Workspace,
            new NewValue("cost-per-qualified-opp", Period.Parse("2026-10"), ValueKind.Value, 399, CoachFixture.Dana, _bot.Clock.GetUtcNow(), "slack"), CancellationToken.None);

        Assert.Contains("Oct 2026 $399", (await ChartAsync()).AltText);
    }
}
