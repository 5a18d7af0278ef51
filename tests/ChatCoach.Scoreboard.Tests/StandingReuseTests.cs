using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>
/// A burst of "where do we stand" computes the standing once; anything recorded — on this host or
/// another — and a new day each give the next answer a standing computed afresh.
/// </summary>
public sealed class StandingReuseTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync() => _bot = await CoachFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Standing> StandingAsync() =>
        Assert.Single((await _bot.SayAsync(CoachFixture.Lee, "where do we stand")).Parts.OfType<StandingTable>()).Standing;

    private static StandingRow Row(Standing standing, string key) => standing.Rows.Single(r => r.Indicator.Key == key);

    [Fact]
    public async Task Asking_again_with_nothing_recorded_answers_from_the_same_standing()
    {
        var first = await StandingAsync();

        Assert.Same(first, await StandingAsync());
    }

    [Fact]
    public async Task A_value_recorded_in_chat_is_in_the_very_next_answer()
    {
        var before = await StandingAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per qualified opportunity");

        var after = await StandingAsync();

        Assert.NotSame(before, after);
        Assert.Null(Row(before, "cost-per-qualified-opp").Latest);
        Assert.Equal(412, Row(after, "cost-per-qualified-opp").Latest!.Value);
    }

    [Fact]
    public async Task A_value_recorded_by_another_host_is_in_the_next_answer_here()
    {
        await StandingAsync();
        await _bot.AnotherHostsStore().RecordAsync(CoachFixture.Workspace,
            new NewValue("win-rate-non-price", Period.Parse("2026-10"), ValueKind.Value, 31, CoachFixture.Dana, _bot.Clock.GetUtcNow(), "slack"), CancellationToken.None);

        var after = await StandingAsync();

        Assert.Equal(31, Row(after, "win-rate-non-price").Latest!.Value);
    }

    [Fact]
    public async Task A_new_month_computes_the_standing_again()
    {
        var november = await StandingAsync();
        _bot.Clock.Advance(TimeSpan.FromDays(14));

        var december = await StandingAsync();

        Assert.NotSame(november, december);
        Assert.NotEqual(november.ReportingPeriod, december.ReportingPeriod);
    }
}
