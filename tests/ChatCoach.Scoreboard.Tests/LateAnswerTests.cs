using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>An answer that waited in the inbox behind a burst says so first; a prompt one does not.</summary>
public sealed class LateAnswerTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync() => _bot = await CoachFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<Reply> AskedAgoAsync(TimeSpan ago)
    {
        // As the inbox hands the coach a row that arrived that long ago.
        var row = new InboxDelivery("slack", "Ev1", _bot.Clock.GetUtcNow() - ago, [], inFlight: false, (_, _) => Task.CompletedTask);
        using (TurnAmbient.Handling(row))
        {
            return await _bot.SayAsync(CoachFixture.Lee, "where do we stand");
        }
    }

    [Fact]
    public async Task An_answer_that_waited_45_seconds_apologises_with_the_wait_before_the_standing()
    {
        var reply = await AskedAgoAsync(TimeSpan.FromSeconds(45));

        var first = Assert.IsType<Paragraph>(reply.Parts[0]);
        Assert.Equal(Tone.Warning, first.Tone);
        Assert.Contains("Sorry this took 45 seconds", CoachFixture.Text(new Reply([first])));
        Assert.Single(reply.Parts.OfType<StandingTable>());
    }

    [Fact]
    public async Task A_wait_of_minutes_is_said_in_minutes()
    {
        var reply = await AskedAgoAsync(TimeSpan.FromMinutes(3));

        Assert.Contains("Sorry this took 3 minutes", CoachFixture.Text(reply));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    public async Task A_prompt_answer_or_a_turn_outside_the_inbox_has_no_apology(int secondsAgo)
    {
        var prompt = await AskedAgoAsync(TimeSpan.FromSeconds(secondsAgo));
        var console = await _bot.SayAsync(CoachFixture.Lee, "where do we stand");

        Assert.DoesNotContain("Sorry this took", CoachFixture.Text(prompt));
        Assert.DoesNotContain("Sorry this took", CoachFixture.Text(console));
    }
}
