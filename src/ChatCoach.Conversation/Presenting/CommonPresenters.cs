using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Plugins;

namespace ChatCoach.Conversation.Presenting;

/// <summary>A function would not act for this caller: said in the bot's words, with the owner to ask.</summary>
internal sealed class RefusalPresenter : ResultPresenter<Refusal>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(Refusal result) => Refused(result);

    private static Reply Refused(Refusal refusal) => refusal.Indicator?.Owner is { } owner
        ? Reply.Of(new Paragraph([new TextRun(refusal.Reason + " It's owned by "), new Mention(owner), new TextRun(".")], Tone.Refusal))
        : Reply.Text(refusal.Reason, Tone.Refusal);

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

    public override Reply ForPeople(UnknownIndicator result) => Unknown(result);

    private static Reply Unknown(UnknownIndicator unknown) => unknown.Candidates.Count > 1
        ? Reply.Of(
            new Paragraph([new TextRun($"\"{unknown.Asked}\" could mean more than one indicator. Which one?")], Tone.Warning),
            new Choices("Pick one:", unknown.Candidates.Select(c => new Choice(c.Name, $"history of {c.Key}")).ToList()))
        : Reply.Text($"I don't know an indicator called \"{unknown.Asked}\". Say \"who owns what\" to see them all.", Tone.Warning);

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
