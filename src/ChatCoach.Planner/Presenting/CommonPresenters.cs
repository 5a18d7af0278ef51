using ChatCoach.Domain.Conversation;
using ChatCoach.Planner.LanguageModel.Grounding;
using ChatCoach.Plugins;

namespace ChatCoach.Planner.Presenting;

/// <summary>A function would not act for this caller: said in the bot's words, with the owner to ask.</summary>
internal sealed class RefusalPresenter : ResultPresenter<Refusal>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(Refusal result) => ReplyComposer.Refused(result);

    public override object ForModel(Refusal result) => new { Outcome = "refused", result.Reason, Owner = ModelView.Person(result.Indicator?.Owner) };

    public override void Back(Refusal result, BackedFigures figures)
    {
        if (result.Indicator is { } refused)
        {
            figures.AddIndicator(refused, []);
        }
    }
}

internal sealed class UnknownIndicatorPresenter : ResultPresenter<UnknownIndicator>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(UnknownIndicator result) => ReplyComposer.Unknown(result);

    public override object ForModel(UnknownIndicator result) => new { Outcome = "unknown indicator", result.Asked, Candidates = result.Candidates.Select(c => c.Name).ToList() };

    public override void Back(UnknownIndicator result, BackedFigures figures) => result.Candidates.ToList().ForEach(i => figures.AddIndicator(i, []));
}

internal sealed class InvalidInputPresenter : ResultPresenter<InvalidInput>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(InvalidInput result) => Reply.Text(result.Message, Tone.Warning);

    public override object ForModel(InvalidInput result) => new { Outcome = "invalid input", result.Message };

    public override void Back(InvalidInput result, BackedFigures figures)
    {
        if (result.Indicator is { } invalid)
        {
            figures.AddIndicator(invalid, []);
            figures.AddText(result.Message);
        }
    }
}
