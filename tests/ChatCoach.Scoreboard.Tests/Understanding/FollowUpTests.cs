using ChatCoach.Domain.Conversation;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>Follow-ups read in the conversation's context, which is kept in the database and so survives a restart.</summary>
public sealed class FollowUpTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoachFixture.CreateDurableAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 29% for win rate for September 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 31% for win rate for October 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 3 for proof for October 2026");
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task And_win_rate_asks_the_last_question_of_another_indicator()
    {
        await _bot.SayAsync(CoachFixture.Lee, "how's proof doing");

        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "and win rate?");

        Assert.Contains("Win rate on deals decided by more than price: 31% for October 2026", reply);
    }

    [Fact]
    public async Task What_about_last_month_asks_the_last_question_of_another_month_even_after_a_restart()
    {
        await _bot.SayAsync(CoachFixture.Lee, "what was win rate in October");

        _bot.Restart();
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "what about September?");

        Assert.Contains("29%", reply);
        Assert.Contains("Sep", reply);
    }

    [Fact]
    public async Task Who_owns_it_names_the_owner_of_the_indicator_last_talked_about()
    {
        await _bot.SayAsync(CoachFixture.Lee, "how's win rate doing");

        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "who owns it?");

        Assert.Contains("@UDANA owns Win rate on deals decided by more than price", reply);
    }

    [Fact]
    public async Task Record_38_for_it_asks_before_recording_for_the_indicator_last_talked_about()
    {
        await _bot.SayAsync(CoachFixture.Admin, "how's win rate doing");

        var asked = await _bot.SayAsync(CoachFixture.Admin, "record 38% for it");

        Assert.Equal("Record 38% for Win rate on deals decided by more than price for October 2026?", asked.Parts.OfType<Choices>().Single().Prompt);
        Assert.Contains("Recorded 38%", await _bot.SayTextAsync(CoachFixture.Admin, "yes"));
    }

    [Fact]
    public async Task Context_expires_after_a_quiet_two_hours()
    {
        await _bot.SayAsync(CoachFixture.Lee, "how's proof doing");
        _bot.Clock.Advance(TimeSpan.FromHours(3));

        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "who owns it?");

        Assert.DoesNotContain("Referenceable proof", reply);
    }
}
