using ChatCoach.Plugins;
using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Nudges.Plugin;
using static ChatCoach.Nudges.Conversation.NudgeMessages;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Nudges.Conversation;

internal sealed class SnoozedPresenter : ResultPresenter<Snoozed>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(Snoozed s) => Reply.Of(ReplyComposer.Say(Tone.Success,
        new TextRun($"Snoozed. I'll remind you about {string.Join(", ", s.Owed.Select(i => i.Name))} on {When(s.Snooze.Until, s.Zone)}.")));

    public override object ForModel(Snoozed s) => new
    {
        Outcome = "reminders snoozed",
        Period = s.Snooze.Period.Display,
        RemindOn = When(s.Snooze.Until, s.Zone),
        Indicators = s.Owed.Select(i => i.Name).ToList(),
    };
}

internal sealed class NothingPendingPresenter : ResultPresenter<NothingPending>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(NothingPending n) => Reply.Text($"You don't owe any value for {n.Period.Display}: nothing to snooze or mark.", Tone.Success);

    public override object ForModel(NothingPending n) => new { Outcome = "the caller owes no value", Period = n.Period.Display };
}

internal sealed class WhichIndicatorPresenter : ResultPresenter<WhichIndicator>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(WhichIndicator w) => Reply.Text($"You owe {Count(w.Candidates.Count, "value")} for {w.Period.Display}: {string.Join(", ", w.Candidates.Select(i => i.Name))}. " +
        $"Say which, like \"not available for {ShortName(w.Candidates[0])} because …\".", Tone.Warning);

    public override object ForModel(WhichIndicator w) => new
    {
        Outcome = "ask which indicator is meant",
        Period = w.Period.Display,
        Candidates = w.Candidates.Select(i => i.Name).ToList(),
    };
}

internal sealed class MarkedNotAvailablePresenter : ResultPresenter<MarkedNotAvailable>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(MarkedNotAvailable m) => Reply.Of(ReplyComposer.Say(Tone.Success, new TextRun("Marked "), new Strong(m.Indicator.Name),
        new TextRun($" as not available for {m.Recorded.Period.Display}{Reason(m.Recorded)}. The standing and the digest show it that way, and I won't remind you about it for {m.Recorded.Period.Display}.")));

    public override object ForModel(MarkedNotAvailable m) => new
    {
        Outcome = "marked not available",
        Indicator = ModelView.Describe(m.Indicator),
        Recorded = ModelView.Value(m.Recorded, m.Indicator.Unit),
    };

    public override void Back(MarkedNotAvailable result, BackedFigures figures) => figures.AddIndicator(result.Indicator, [result.Recorded]);
}

internal sealed class ScoreboardChannelSetPresenter : ResultPresenter<ScoreboardChannelSet>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ScoreboardChannelSet c) => c.CanPost
        ? Reply.Text("This conversation is now the scoreboard channel: the weekly digest and escalations will be posted here.", Tone.Success)
        : Reply.Text("I can only post the digest to a Slack or Teams conversation: say \"post the digest here\" in the channel you want.", Tone.Warning);

    public override object ForModel(ScoreboardChannelSet c) => new
    {
        Outcome = c.CanPost ? "digest channel set to this conversation" : "this conversation cannot receive the digest",
        c.Channel.Channel,
    };
}

internal sealed class ValueUndonePresenter : ResultPresenter<ValueUndone>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ValueUndone result) => NudgeReplies.Undone(result);

    public override object ForModel(ValueUndone u) => new
    {
        Outcome = "value undone",
        Indicator = ModelView.Describe(u.Indicator),
        Undone = ModelView.Value(u.Undone, u.Indicator.Unit),
        NowReads = ModelView.Value(u.Restored, u.Indicator.Unit),
    };

    public override void Back(ValueUndone result, BackedFigures figures) => figures.AddIndicator(result.Indicator, [result.Undone, result.Restored]);
}

internal sealed class PendingForCallerPresenter : ResultPresenter<PendingForCaller>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(PendingForCaller result) => NudgeReplies.Pending(result.Status);

    public override object ForModel(PendingForCaller p) => Owner(p.Status);

    internal static object Owner(OwnerStatus status) => new
    {
        Owner = ModelView.Person(status.Owner),
        Period = status.Period.Display,
        Owed = status.Owed.Select(o => new { Indicator = o.Indicator.Name, o.TimesAsked }).ToList(),
        SnoozedUntil = status.SnoozedUntil is { } until ? When(until, status.Zone) : null,
        NextNudge = status.NextOccasion is { } next ? When(next, status.Zone) : null,
    };
}

internal sealed class NudgeStatusPresenter : ResultPresenter<NudgeStatus>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(NudgeStatus result) => NudgeReplies.Status(result.Plan);

    public override object ForModel(NudgeStatus s) => new
    {
        Missing = ModelView.Missing(s.Plan.Digest.Standing),
        Owners = s.Plan.Owners.Select(PendingForCallerPresenter.Owner).ToList(),
        Escalated = s.Plan.Digest.OpenEscalations.Select(e => new { e.IndicatorKey, EscalatedOn = e.EscalatedAt.ToString("yyyy-MM-dd") }).ToList(),
    };

    public override void Back(NudgeStatus result, BackedFigures figures)
    {
        figures.AddStanding(result.Plan.Digest.Standing);
        base.Back(result, figures);
    }
}
