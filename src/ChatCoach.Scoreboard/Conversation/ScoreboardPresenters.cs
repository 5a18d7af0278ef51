using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Scoreboard.Conversation;

internal sealed class StandingPresenter : ResultPresenter<StandingResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(StandingResult result) => ReplyComposer.Standing(result.Standing);

    public override object ForModel(StandingResult result) => ModelView.Standing(result.Standing);

    public override void Back(StandingResult result, BackedFigures figures) => figures.AddStanding(result.Standing);
}

internal sealed class MissingPresenter : ResultPresenter<MissingResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(MissingResult result) => ReplyComposer.Missing(result.Standing);

    public override object ForModel(MissingResult result) => ModelView.Missing(result.Standing);

    public override void Back(MissingResult result, BackedFigures figures) => figures.AddStanding(result.Standing);
}

internal sealed class OwnersPresenter : ResultPresenter<OwnersResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(OwnersResult result) => Reply.Of(new OwnerTable(result.Indicators));

    public override object ForModel(OwnersResult result) => new { Indicators = result.Indicators.Select(ModelView.Describe).ToList() };

    public override void Back(OwnersResult result, BackedFigures figures)
    {
        figures.AddCount(result.Indicators.Count);
        result.Indicators.ToList().ForEach(i => figures.AddIndicator(i, []));
    }
}

internal sealed class HistoryPresenter : ResultPresenter<HistoryResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(HistoryResult result) => ReplyComposer.History(result);

    public override object ForModel(HistoryResult result) => new
    {
        Indicator = ModelView.Describe(result.Indicator),
        Revisions = result.Revisions.Select(v => ModelView.Value(v, result.Indicator.Unit)).ToList(),
    };

    public override void Back(HistoryResult result, BackedFigures figures)
    {
        figures.AddCount(result.Revisions.Count);
        figures.AddIndicator(result.Indicator, result.Revisions);
    }
}

internal sealed class ValueRecordedPresenter : ResultPresenter<ValueRecorded>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ValueRecorded result) => ReplyComposer.Recorded(result);

    public override object ForModel(ValueRecorded result) => new
    {
        Outcome = "recorded",
        Indicator = ModelView.Describe(result.Indicator),
        Recorded = ModelView.Value(result.Recorded, result.Indicator.Unit),
        Corrects = result.Replaced is { } old ? ModelView.Value(old, result.Indicator.Unit) : null,
    };

    public override void Back(ValueRecorded result, BackedFigures figures) =>
        figures.AddIndicator(result.Indicator, result.Replaced is { } old ? [result.Recorded, old] : [result.Recorded]);
}

internal sealed class OwnerChangedPresenter : ResultPresenter<OwnerChanged>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(OwnerChanged o) => Reply.Of(ReplyComposer.Say(Tone.Success, new Mention(o.Owner), new TextRun(" now owns "), new Strong(o.Indicator.Name),
        new TextRun(o.Previous is null ? "." : " (previously "), o.Previous is null ? new TextRun("") : new Mention(o.Previous),
        new TextRun(o.Previous is null ? "" : ").")));

    public override object ForModel(OwnerChanged o) => new
    {
        Outcome = "owner changed",
        Indicator = ModelView.Describe(o.Indicator),
        PreviousOwner = ModelView.Person(o.Previous),
        Owner = ModelView.Person(o.Owner),
    };

    public override void Back(OwnerChanged result, BackedFigures figures) => figures.AddIndicator(result.Indicator, []);
}

internal sealed class TargetChangedPresenter : ResultPresenter<TargetChanged>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(TargetChanged t) => Reply.Of(ReplyComposer.Say(Tone.Success, new TextRun("Target for "), new Strong(t.Indicator.Name),
        new TextRun($" is now {ReplyComposer.TargetText(t.Target, t.Indicator.Unit)} (was {ReplyComposer.TargetText(t.Previous, t.Indicator.Unit)}).")));

    public override object ForModel(TargetChanged t) => new
    {
        Outcome = "target changed",
        Indicator = ModelView.Describe(t.Indicator),
        PreviousTarget = ModelView.Amount(t.Previous, t.Indicator.Unit),
        Target = ModelView.Amount(t.Target, t.Indicator.Unit),
    };

    public override void Back(TargetChanged result, BackedFigures figures) => figures.AddIndicator(result.Indicator, [], result.Previous, result.Target);
}
