using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Nudges.Conversation;
using static ChatCoach.Nudges.Tests.NudgeWorld;

namespace ChatCoach.Nudges.Tests;

/// <summary>
/// Owners answer the nudge where it reached them, through the real conversation pipeline (Coach,
/// nudge flow, embedded planner, kernel filters) on a real SQLite file.
/// </summary>
public sealed class AnswerInPlaceTests : IAsyncLifetime
{
    private NudgeWorld _world = null!;

    public async Task InitializeAsync()
    {
        _world = await CreateAsync();
        await _world.SeedAsync(Acme, ("cost-per-qualified-opp", Dana), ("win-rate-non-price", Dana), ("proof-shipped", Lee));
    }

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task A_bare_number_is_recorded_when_one_value_is_pending_with_provenance_and_an_undo()
    {
        var reply = await _world.SayAsync(Lee, "3");

        Assert.Contains("Recorded 3 referenceable proof shipped per quarter for October 2026.", Text(reply));
        var undo = Assert.Single(reply.Parts.OfType<Choices>()).Options.Single();
        Assert.Equal(new Dictionary<string, string> { ["indicator"] = "proof-shipped", ["period"] = "2026-10", ["revision"] = "1" }, undo.Action!.Arguments);
        var stored = Assert.Single(await _world.HistoryAsync("proof-shipped"));
        Assert.Equal((3m, Lee, "slack", Monday), (stored.Value!.Value, stored.RecordedBy, stored.Channel, stored.RecordedAt));
    }

    [Fact]
    public async Task A_bare_number_with_several_values_pending_asks_which_and_each_choice_records_directly()
    {
        var reply = await _world.SayAsync(Dana, "412");

        var choices = Assert.Single(reply.Parts.OfType<Choices>());
        Assert.Contains("Which one is 412?", choices.Prompt);
        Assert.Empty(await _world.HistoryAsync("cost-per-qualified-opp"));
        var pick = choices.Options.Single(o => o.Label == "Cost per qualified opportunity");

        var recorded = await _world.PressTextAsync(Dana, pick.Action!);

        Assert.Contains("Recorded $412 cost per qualified opportunity for October 2026.", recorded);
        Assert.Contains("Still pending for October 2026: Win rate on deals decided by more than price.", recorded);
    }

    [Fact]
    public async Task A_named_value_and_a_form_answer_are_recorded_for_the_pending_period()
    {
        var named = await _world.SayTextAsync(Dana, "cost per opp 412");
        var form = (await _world.SayAsync(Dana, "what's pending for me")).Parts.OfType<InputRequest>().Single(i => i.IndicatorKey == "win-rate-non-price");
        var entered = await _world.PressTextAsync(Dana, form.Submit!.Answered("31%"));

        Assert.Contains("Recorded $412 cost per qualified opportunity for October 2026.", named);
        Assert.Contains("Recorded 31% win rate on deals decided by more than price for October 2026.", entered);
        Assert.Contains("Nothing pending for you", await _world.SayTextAsync(Dana, "what's pending for me"));
    }

    [Fact]
    public async Task A_number_from_someone_who_owes_nothing_is_left_to_the_planner()
    {
        var reply = await _world.SayTextAsync(Admin, "412");

        Assert.Contains("I didn't catch that", reply);
        Assert.DoesNotContain("Recorded", reply);
    }

    [Fact]
    public async Task The_owner_cannot_record_someone_elses_indicator_through_an_input_utterance()
    {
        var reply = await _world.SayTextAsync(Lee, "record 412 for cost-per-qualified-opp for 2026-10");

        Assert.Contains("Only the owner of Cost per qualified opportunity or an admin", reply);
        Assert.Empty(await _world.HistoryAsync("cost-per-qualified-opp"));
    }

    [Fact]
    public async Task A_form_action_for_someone_elses_indicator_is_refused_like_a_typed_record()
    {
        var reply = await _world.PressTextAsync(Lee, NudgeActions.Record("cost-per-qualified-opp", October).Answered("412"));

        Assert.Contains("Only the owner of Cost per qualified opportunity or an admin", reply);
        Assert.Empty(await _world.HistoryAsync("cost-per-qualified-opp"));
    }

    [Fact]
    public async Task An_action_with_arguments_it_cannot_use_or_from_no_known_feature_changes_nothing_and_says_so()
    {
        var noValue = await _world.PressTextAsync(Lee, NudgeActions.Record("proof-shipped", October));
        var unknown = await _world.PressTextAsync(Lee, new ChatAction("retired-feature", "record", new Dictionary<string, string>()));
        var badRevision = await _world.PressTextAsync(Lee, new ChatAction(NudgeActions.FeatureName, "undo",
            new Dictionary<string, string> { ["indicator"] = "proof-shipped", ["period"] = "2026-10", ["revision"] = "-1" }));

        Assert.All([noValue, unknown, badRevision], reply => Assert.Contains(Coach.StaleActionText, reply));
        Assert.Empty(await _world.HistoryAsync("proof-shipped"));
    }

    [Fact]
    public async Task Undo_records_the_previous_revision_again_as_a_correction()
    {
        await _world.RecordAsync(Acme, "proof-shipped", 2, October, Lee);
        var recorded = await _world.SayAsync(Lee, "record 5 for proof-shipped for 2026-10");
        var undo = Assert.Single(recorded.Parts.OfType<Choices>()).Options.Single().Action!;

        var reply = await _world.PressTextAsync(Lee, undo);

        Assert.Contains("Undone: Referenceable proof shipped per quarter for October 2026 is 2 again.", reply);
        var history = await _world.HistoryAsync("proof-shipped");
        Assert.Equal([3, 2, 1], history.Select(v => v.Revision));
        Assert.Equal(2m, history[0].Value);
        Assert.Contains("Undo of revision 2", history[0].Note);
        Assert.Contains("changed since", await _world.PressTextAsync(Lee, undo));
    }

    [Fact]
    public async Task Undoing_a_first_value_records_a_withdrawn_not_available_note_and_offers_the_input()
    {
        var recorded = await _world.SayAsync(Lee, "3");

        var reply = await _world.PressAsync(Lee, Assert.Single(recorded.Parts.OfType<Choices>()).Options.Single().Action!);

        Assert.Contains("not available (withdrawn)", Text(reply));
        Assert.Single(reply.Parts.OfType<InputRequest>(), i => i.IndicatorKey == "proof-shipped");
        var latest = (await _world.HistoryAsync("proof-shipped"))[0];
        Assert.Equal(ValueKind.NotAvailable, latest.Kind);
        Assert.StartsWith("Withdrawn: 3 was recorded by mistake", latest.Note);
    }

    [Fact]
    public async Task Snooze_and_remind_me_thursday_hold_the_nudges_until_then()
    {
        Assert.Contains("Snoozed. I'll remind you about Referenceable proof shipped per quarter on Thu Nov 26 09:00 UTC.",
            await _world.SayTextAsync(Lee, "remind me Thursday"));
        Assert.Contains("on Wed Nov 25 09:00 UTC", await _world.SayTextAsync(Dana, "snooze 2 days"));

        var snoozes = await _world.Nudges.SnoozesAsync(Acme, CancellationToken.None);
        Assert.Equal(Monday.AddDays(3), snoozes.Single(s => s.Owner == Lee).Until);
        Assert.Equal(Monday.AddDays(2), snoozes.Single(s => s.Owner == Dana).Until);
        Assert.Contains("You don't owe any value", await _world.SayTextAsync(Admin, "snooze 3 days"));
    }

    [Fact]
    public async Task Not_available_with_a_reason_is_recorded_and_shown_as_such()
    {
        var reply = await _world.SayTextAsync(Lee, "not available this month because the CRM migration froze reporting");

        Assert.Contains("as not available for October 2026 (the CRM migration froze reporting)", reply);
        var entry = Assert.Single(await _world.HistoryAsync("proof-shipped"));
        Assert.Equal((ValueKind.NotAvailable, "the CRM migration froze reporting"), (entry.Kind, entry.Note));
        Assert.Contains("Referenceable proof shipped per quarter — marked not available (the CRM migration froze reporting)",
            await _world.SayTextAsync(Admin, "what's missing"));
        Assert.Contains("October not available", await _world.SayTextAsync(Admin, "where do we stand"));
    }

    [Fact]
    public async Task An_admin_can_mark_a_row_without_an_owner_not_available_but_not_twice()
    {
        var first = await _world.SayTextAsync(Admin, "not available for signal to offer because no offer changes this month");
        var again = await _world.SayTextAsync(Admin, "not available for signal to offer because still none");

        Assert.Contains("Marked Time from customer signal to offer change as not available for October 2026", first);
        Assert.Contains("already has an entry for October 2026", again);
        Assert.Contains("Only the owner of Cost per qualified opportunity or an admin",
            await _world.SayTextAsync(Lee, "not available for cost per opp because not mine"));
    }

    [Fact]
    public async Task Not_available_needs_a_reason_and_says_which_when_several_are_pending()
    {
        Assert.Contains("Tell me why", await _world.SayTextAsync(Lee, "not available this month"));
        Assert.Contains("You owe 2 values", await _world.SayTextAsync(Dana, "not available this month because we changed CRM"));

        var named = await _world.SayTextAsync(Dana, "not available for win rate because we changed CRM");

        Assert.Contains("Marked Win rate on deals decided by more than price as not available", named);
    }

    [Fact]
    public async Task Only_an_admin_sets_the_scoreboard_channel_from_the_conversation_it_is_said_in()
    {
        Assert.Contains("Only an admin", await _world.SayTextAsync(Dana, "post the digest here", direct: false));
        Assert.Null(await _world.Nudges.ScoreboardChannelAsync(Acme, CancellationToken.None));

        Assert.Contains("now the scoreboard channel", await _world.SayTextAsync(Admin, "post the digest here", direct: false));

        var channel = await _world.Nudges.ScoreboardChannelAsync(Acme, CancellationToken.None);
        Assert.Equal(("slack", "CSCORE", Admin), (channel!.Channel, channel.ConversationId, channel.SetBy));
    }

    [Fact]
    public async Task Whats_missing_shows_owners_times_asked_escalations_and_the_rhythm()
    {
        await _world.Nudges.TryEscalateAsync(Acme, new Escalation("cost-per-qualified-opp", October, Dana, 2, Monday), CancellationToken.None);

        var reply = await _world.SayTextAsync(Admin, "what's missing");

        Assert.Contains("Still missing for October 2026 (6 of 6):", reply);
        Assert.Contains("Cost per qualified opportunity — @UDANA, not asked yet, escalated Nov 23", reply);
        Assert.Contains("Share of marketing spend traceable to pipeline and revenue — no owner", reply);
        Assert.Contains("Reminders for @ULEE: nudge due now (Mon Nov 23 09:00 UTC)", reply);
    }
}
