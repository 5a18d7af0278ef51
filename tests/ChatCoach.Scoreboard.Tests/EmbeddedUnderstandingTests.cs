using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>
/// How leaders actually ask, through the real pipeline with no model: questions about one
/// indicator and slices of the board answered from recorded values, manners answered briefly,
/// near misses answered with a best guess as buttons.
/// </summary>
public sealed class EmbeddedUnderstandingTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await CoachFixture.CreateAsync();
        await _bot.SayAsync(CoachFixture.Admin, "record 29% for win rate for September 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 31% for win rate for October 2026");
        await _bot.SayAsync(CoachFixture.Admin, "record 3 for proof for October 2026");
        await _bot.SayAsync(CoachFixture.Admin, "set the target for win rate to 35%");
        await _bot.SayAsync(CoachFixture.Admin, "set the target for proof to 4");
    }

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("how's win rate doing")]
    [InlineData("@ChatCoach what's our win rate?")]
    [InlineData("<at>ChatCoach</at> could you tell me how win rate is doing please")]
    [InlineData("how's win rtae doing")]
    public async Task A_question_about_one_indicator_answers_with_its_latest_value_and_who_recorded_it(string question)
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, question);

        Assert.Contains("Win rate on deals decided by more than price: 31% for October 2026, recorded by @UADMIN", reply);
        Assert.Contains("Before that: Sep 2026 29%", reply);
        Assert.Contains("Off target: 31% against a target of 35%", reply);
    }

    [Fact]
    public async Task Is_win_rate_up_since_September_compares_the_two_recorded_values()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "is win rate up since September?");

        Assert.StartsWith("Up since Sep 2026: 29% then, 31% in Oct 2026 (+2 pts, improving).", reply);
    }

    [Fact]
    public async Task Are_we_on_target_for_proof_leads_with_the_target()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "are we on target for proof");

        Assert.StartsWith("! Off target: 3 against a target of 4 (1 to go).", reply);
    }

    [Fact]
    public async Task An_indicator_without_values_says_so_instead_of_a_number()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "how is time to proof doing");

        Assert.Contains("Time from customer result to published proof has no recorded value yet", reply);
    }

    [Fact]
    public async Task Furthest_off_target_ranks_by_share_of_the_target()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "which indicator is furthest off target?");

        // Proof is 1 short of 4 (25%), win rate 4 points short of 35% (11%).
        Assert.StartsWith("! Furthest off target: Referenceable proof shipped per quarter — 3 for Oct 2026 against a target of 4 (1 off, 25% of the target).", reply);
        Assert.Contains("Also off: Win rate on deals decided by more than price — 31% for Oct 2026 against a target of 35% (4 pts off, 11% of the target).", reply);
    }

    [Fact]
    public async Task What_changed_this_month_lists_the_values_recorded_in_it()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "what changed this month?");

        Assert.Contains("Recorded or corrected in November 2026 (3):", reply);
        Assert.Contains("@UADMIN recorded 31% for Win rate on deals decided by more than price for Oct 2026.", reply);
    }

    [Fact]
    public async Task Show_me_last_quarter_lists_each_month_of_the_quarter()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, "show me last quarter");

        Assert.Contains("Q3 2026 (Jul 2026, Aug 2026, Sep 2026)", reply);
        Assert.Contains("• Win rate on deals decided by more than price: Jul — · Aug — · Sep 29%", reply);
    }

    [Theory]
    [InlineData("thanks!", "You're welcome.")]
    [InlineData("hello", "Hello!")]
    [InlineData("👍", "👍")]
    [InlineData("never mind", "No problem — dropped.")]
    [InlineData("cancel", "No problem — dropped.")]
    [InlineData("undo", "nothing to undo here")]
    public async Task Manners_get_a_short_fitting_reply_never_the_help(string said, string expected)
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, said);

        Assert.Contains(expected, reply);
        Assert.DoesNotContain("You can ask me", reply);
    }

    [Fact]
    public async Task A_near_miss_offers_its_best_guess_as_buttons_and_yes_takes_it()
    {
        var guess = await _bot.SayAsync(CoachFixture.Lee, "win rate thingy for the board meeting");
        var choices = guess.Parts.OfType<Choices>().Single();

        var answer = await _bot.SayTextAsync(CoachFixture.Lee, "yes");

        Assert.Equal("I'm not sure I followed. Did you mean how win rate is doing?", choices.Prompt);
        Assert.Equal(3, choices.Options.Count);
        Assert.Contains("31% for October 2026", answer);
    }

    [Fact]
    public async Task A_name_that_fits_two_indicators_is_never_guessed()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "how is time to doing");
        var choices = reply.Parts.OfType<Choices>().Single();

        Assert.Contains("could be more than one indicator", choices.Prompt);
        Assert.Equal(["is result-to-proof-days", "is signal-to-offer-days"], choices.Options.Select(o => o.Utterance[..(o.Utterance.LastIndexOf(' '))].Replace("how ", "", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public async Task The_second_suggestion_can_be_picked_by_saying_two()
    {
        await _bot.SayAsync(CoachFixture.Lee, "win rate thingy for the board meeting");

        var reply = await _bot.SayAsync(CoachFixture.Lee, "2");

        Assert.IsType<HistoryTable>(reply.Parts.Single());
    }
}
