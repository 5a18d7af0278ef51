using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Tests;

/// <summary>Whole turns through the Coach, the Kernel, the filters and a real SQLite store.</summary>
public sealed class EmbeddedConversationTests : IAsyncLifetime
{
    private CoachFixture _bot = null!;

    public async Task InitializeAsync() => _bot = await CoachFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _bot.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Where_do_we_stand_shows_all_six_indicators_with_values_missing()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "where do we stand");

        var table = Assert.Single(reply.Parts.OfType<StandingTable>());
        Assert.Equal(6, table.Standing.Rows.Count);
        Assert.All(table.Standing.Rows, r => Assert.True(r.MissingForCurrentPeriod));
        Assert.Contains("0 of 6", reply.PlainText);
    }

    [Fact]
    public async Task An_admin_records_a_value_and_the_standing_shows_it_with_who_recorded_it()
    {
        var confirmation = await _bot.SayTextAsync(CoachFixture.Admin, "record 412 for cost per qualified opportunity");
        var reply = await _bot.SayAsync(CoachFixture.Lee, "where do we stand");

        Assert.Equal("✓ Recorded $412 for Cost per qualified opportunity for October 2026.", confirmation);
        var row = reply.Parts.OfType<StandingTable>().Single().Standing.Rows.Single(r => r.Indicator.Key == "cost-per-qualified-opp");
        Assert.Equal(412, row.Latest!.Value);
        Assert.Equal(CoachFixture.Admin, row.Latest.RecordedBy);
        Assert.Contains("@UADMIN on Nov 23", CoachFixture.Text(reply));
    }

    [Fact]
    public async Task The_owner_may_record_their_indicator()
    {
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");

        var reply = await _bot.SayTextAsync(CoachFixture.Dana, "October win rate was 31%");

        Assert.Contains("Recorded 31% for Win rate on deals decided by more than price for October 2026", reply);
    }

    [Fact]
    public async Task A_non_owner_who_is_not_an_admin_is_refused_and_nothing_is_stored()
    {
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");

        var reply = await _bot.SayAsync(CoachFixture.Lee, "record 31% for win rate");

        var paragraph = Assert.Single(reply.Parts.OfType<Paragraph>());
        Assert.Equal(Tone.Refusal, paragraph.Tone);
        Assert.Contains(new Mention(CoachFixture.Dana), paragraph.Inlines);
        Assert.Empty(await _bot.Store.HistoryAsync(CoachFixture.Workspace, "win-rate-non-price", CancellationToken.None));
    }

    [Fact]
    public async Task Only_admins_change_owners_and_targets()
    {
        var owner = await _bot.SayTextAsync(CoachFixture.Lee, "make <@slack:ULEE> the owner of win rate");
        var target = await _bot.SayTextAsync(CoachFixture.Lee, "set the target for win rate to 99%");

        Assert.StartsWith("✗ Only an admin", owner);
        Assert.StartsWith("✗ Only an admin", target);
        var winRate = await _bot.IndicatorAsync("win-rate-non-price");
        Assert.Null(winRate.Owner);
        Assert.Null(winRate.Target);
    }

    [Fact]
    public async Task An_admin_sets_a_target_and_the_status_follows_it()
    {
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per opp");

        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "set the target for cost per opp to $400");
        var standing = await _bot.SayAsync(CoachFixture.Admin, "where do we stand");

        Assert.Contains("is now $400 (was none)", reply);
        var row = standing.Parts.OfType<StandingTable>().Single().Standing.Rows.Single(r => r.Indicator.Key == "cost-per-qualified-opp");
        Assert.Equal(TargetStatus.OffTrack, row.Status);
    }

    [Fact]
    public async Task A_value_that_cannot_be_read_gets_a_helpful_reply_and_nothing_is_stored()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "record forty-ish for win rate");

        Assert.Equal("! I couldn't read 'forty-ish' as a percentage. Try something like 40%.", reply);
        Assert.Empty(await _bot.Store.HistoryAsync(CoachFixture.Workspace, "win-rate-non-price", CancellationToken.None));
    }

    [Fact]
    public async Task A_second_value_for_a_month_is_a_correction_that_keeps_the_first()
    {
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per opp");

        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "record 400 for cost per opp for October 2026");
        var history = await _bot.SayAsync(CoachFixture.Admin, "history of cost per opp");

        Assert.Contains("This corrects $412", reply);
        var table = Assert.Single(history.Parts.OfType<HistoryTable>());
        Assert.Equal([400m, 412m], table.Revisions.Select(r => r.Value!.Value));
        Assert.Contains("corrected later", CoachFixture.Text(history));
    }

    [Fact]
    public async Task A_month_that_has_not_ended_cannot_be_recorded()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "record 455 for cost per opp for November 2026");

        Assert.Contains("November 2026 hasn't ended yet", reply);
    }

    [Fact]
    public async Task What_is_missing_names_each_owner()
    {
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");
        await _bot.SayAsync(CoachFixture.Admin, "record 3 for proof");

        var reply = await _bot.SayAsync(CoachFixture.Admin, "what's missing");

        Assert.Contains("Still missing for October 2026 (5 of 6)", reply.PlainText);
        Assert.Contains(reply.Parts.OfType<Paragraph>(), p => p.Inlines.Contains(new Mention(CoachFixture.Dana)));
        Assert.DoesNotContain("Referenceable proof", reply.PlainText);
    }

    [Fact]
    public async Task Who_owns_answers_for_one_indicator_and_for_all()
    {
        await _bot.SayAsync(CoachFixture.Admin, "make <@slack:UDANA> the owner of win rate");

        var one = await _bot.SayTextAsync(CoachFixture.Lee, "who owns win rate");
        var all = await _bot.SayAsync(CoachFixture.Lee, "who owns what");

        Assert.Equal("@UDANA owns Win rate on deals decided by more than price.", one);
        Assert.Single(all.Parts.OfType<OwnerTable>());
    }

    [Fact]
    public async Task An_unknown_indicator_is_said_plainly()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Admin, "record 5 for headcount");

        Assert.Contains("I don't know an indicator called \"headcount\"", reply);
    }

    [Fact]
    public async Task Anything_it_cannot_map_gets_at_most_three_suggestions_not_the_whole_help()
    {
        var reply = await _bot.SayAsync(CoachFixture.Lee, "tell me a joke");

        Assert.DoesNotContain("You can ask me", CoachFixture.Text(reply));
        var choices = reply.Parts.OfType<Choices>().Single();
        Assert.InRange(choices.Options.Count, 1, 3);
        Assert.Contains(choices.Options, o => o.Utterance == "where do we stand");
    }

    [Fact]
    public async Task A_very_long_message_is_declined_politely()
    {
        var reply = await _bot.SayTextAsync(CoachFixture.Lee, new string('x', 10_000));

        Assert.Contains("too long", reply);
    }

    [Fact]
    public async Task Workspaces_do_not_see_each_others_values()
    {
        await _bot.SayAsync(CoachFixture.Admin, "record 412 for cost per opp");
        var other = new TurnContext(new("slack:TOTHER"), new("slack:UADMIN"), "slack", "C9");

        var reply = await _bot.Coach.ReplyAsync(other, "where do we stand", CancellationToken.None);

        Assert.All(reply.Parts.OfType<StandingTable>().Single().Standing.Rows, r => Assert.Null(r.Latest));
    }
}
