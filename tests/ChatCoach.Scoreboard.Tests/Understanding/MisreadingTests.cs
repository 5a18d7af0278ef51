using ChatCoach.Domain.Conversation;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>
/// The misreadings of issue 29, through the real pipeline with no model: questions, hypotheticals
/// and negations never write; ordinary ways of saying a thing are read.
/// </summary>
public sealed class MisreadingTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoachFixture.CreateAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 31% for win rate for October 2026");
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("what if win rate were 40%")]
    [InlineData("was win rate 40% last month?")]
    [InlineData("what if win rate was 40%?")]
    [InlineData("imagine win rate at 40%")]
    [InlineData("win rate wasn't 40%")]
    [InlineData("I don't think win rate is 40%")]
    [InlineData("maybe win rate is 40%?")]
    [InlineData("would win rate be 40% if we closed two more?")]
    [InlineData("is win rate 40%")]
    [InlineData("don't record 40% for win rate")]
    public async Task A_question_a_hypothetical_or_a_negation_writes_nothing(string said)
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Admin, said);

        Assert.DoesNotContain("Recorded", reply);
        var history = await _bot.Store.HistoryAsync(CoachFixture.Workspace, "win-rate-non-price", CancellationToken.None);
        Assert.Equal([31m], history.Select(v => v.Value!.Value));
    }

    [Fact]
    public async Task Who_is_on_the_hook_for_win_rate_names_the_owner()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "who is on the hook for win rate");

        Assert.Contains("@UDANA owns Win rate on deals decided by more than price", reply);
    }

    [Fact]
    public async Task Put_down_450_for_cost_per_opp_for_September_offers_to_record_it_and_yes_records_it()
    {
        var reply = await _bot.SayAsync(CoachFixture.Admin, "put down 450 for cost per opp for September");

        var text = CoachFixture.Text(reply);
        Assert.Contains("Record $450 for Cost per qualified opportunity for September 2026?", text);
        Assert.Contains(reply.Parts.OfType<Choices>().Single().Options, o => o.Label == "Yes");
        Assert.Empty(await _bot.Store.HistoryAsync(CoachFixture.Workspace, "cost-per-qualified-opp", CancellationToken.None));

        var done = await _bot.SayTextAsync(CoachFixture.Admin, "yes");

        Assert.Contains("Recorded $450 for Cost per qualified opportunity for September 2026", done);
        Assert.Equal([450m], (await _bot.Store.HistoryAsync(CoachFixture.Workspace, "cost-per-qualified-opp", CancellationToken.None)).Select(v => v.Value!.Value));
    }

    [Fact]
    public async Task An_admin_saying_make_me_the_owner_becomes_the_owner()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "make me the owner of proof");
        if (reply.Contains('?') && !reply.Contains("owns", StringComparison.Ordinal))
        {
            reply = await _bot.SayTextAsync(CoachFixture.Admin, "yes");
        }

        Assert.Contains("@UADMIN now owns Referenceable proof shipped per quarter", reply);
        Assert.Equal(CoachFixture.Admin, (await _bot.IndicatorAsync("proof-shipped")).Owner);
    }

    [Theory]
    [InlineData("how are our numbers looking")]
    [InlineData("overview please")]
    [InlineData("are we on track?")]
    public async Task Everyday_ways_of_asking_for_the_standing_give_the_standing(string said)
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, said);

        Assert.Contains("Where we stand for", reply);
    }
}
