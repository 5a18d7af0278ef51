using ChatCoach.Domain.Conversation;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// The yes/no before an uncertain write: the write asked about is the one done, only on a yes from
/// the person asked, and the question survives a restart because it is kept in the database.
/// </summary>
public sealed class ConfirmationTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync() => _bot = await CoachFixture.CreateDurableAsync();

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private Task<IReadOnlyList<decimal>> CostsAsync() => ValuesAsync("cost-per-qualified-opp");

    private async Task<IReadOnlyList<decimal>> ValuesAsync(string key) =>
        [.. (await _bot.Store.HistoryAsync(CoachFixture.Workspace, key, CancellationToken.None)).Select(v => v.Value!.Value)];

    [Fact]
    public async Task A_hedged_value_is_asked_about_and_no_keeps_nothing()
    {
        var asked = await _bot.SayAsync(CoachFixture.Admin, "I think cost per opp was about $450");

        Assert.Equal("Record $450 for Cost per qualified opportunity for October 2026?", asked.Parts.OfType<Choices>().Single().Prompt);
        Assert.Equal(["Yes", "No"], asked.Parts.OfType<Choices>().Single().Options.Select(o => o.Label));

        var declined = await _bot.SayTextAsync(CoachFixture.Admin, "no");

        Assert.Equal("All right — nothing recorded.", declined);
        Assert.Empty(await CostsAsync());
        Assert.DoesNotContain("Recorded", await _bot.SayTextAsync(CoachFixture.Admin, "yes"));
        Assert.Empty(await CostsAsync());
    }

    [Fact]
    public async Task A_rename_the_model_read_behind_a_greeting_is_asked_about_and_done_on_yes()
    {
        var asked = await _bot.SayAsync(CoachFixture.Admin, "hey coach, rename win rate to competitive win rate please");

        Assert.Equal("Rename “win rate” to “competitive win rate”?", asked.Parts.OfType<Choices>().Single().Prompt);

        var done = await _bot.SayTextAsync(CoachFixture.Admin, "yes");

        Assert.Contains("competitive win rate", done, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("competitive win rate", await _bot.SayTextAsync(CoachFixture.Admin, "who owns what"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_yes_after_a_restart_still_records_what_was_asked()
    {
        await _bot.SayAsync(CoachFixture.Admin, "put down 450 for cost per opp for September");

        _bot.Restart();
        var done = await _bot.SayTextAsync(CoachFixture.Admin, "yes");

        Assert.Contains("Recorded $450 for Cost per qualified opportunity for September 2026", done);
        Assert.Equal([450m], await CostsAsync());
    }

    [Fact]
    public async Task Someone_else_saying_yes_does_not_confirm_another_persons_write()
    {
        await _bot.SayAsync(CoachFixture.Admin, "put down 450 for cost per opp");

        await _bot.SayAsync(CoachFixture.Lee, "yes");

        Assert.Empty(await CostsAsync());
    }

    [Fact]
    public async Task Another_message_instead_of_an_answer_drops_the_question()
    {
        await _bot.SayAsync(CoachFixture.Admin, "put down 450 for cost per opp");
        await _bot.SayAsync(CoachFixture.Admin, "where do we stand");

        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "yes");

        Assert.DoesNotContain("Recorded", reply);
        Assert.Empty(await CostsAsync());
    }

    [Fact]
    public async Task A_late_yes_confirms_nothing()
    {
        await _bot.SayAsync(CoachFixture.Admin, "put down 450 for cost per opp");
        _bot.Clock.Advance(TimeSpan.FromMinutes(20));

        await _bot.SayAsync(CoachFixture.Admin, "yes");

        Assert.Empty(await CostsAsync());
    }

    [Fact]
    public async Task A_command_ending_in_a_question_mark_is_asked_about_first()
    {
        var asked = await _bot.SayAsync(CoachFixture.Admin, "record 31% for win rate?");

        Assert.Equal("Record 31% for Win rate on deals decided by more than price for October 2026?", asked.Parts.OfType<Choices>().Single().Prompt);
        Assert.Empty(await ValuesAsync("win-rate-non-price"));
    }

    [Fact]
    public async Task A_plain_command_still_records_straight_away()
    {
        var done = await _bot.SayTextAsync(CoachFixture.Admin, "record 31% for win rate for October 2026");

        Assert.Contains("Recorded 31%", done);
        Assert.Equal([31m], await ValuesAsync("win-rate-non-price"));
    }
}
