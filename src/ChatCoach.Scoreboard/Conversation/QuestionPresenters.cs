using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Scoreboard.Conversation;

internal sealed class IndicatorReportPresenter : ResultPresenter<IndicatorReport>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(IndicatorReport result) => QuestionReplies.Indicator(result, IndicatorAspect.Latest);

    public override object ForModel(IndicatorReport r) => new
    {
        Indicator = ModelView.Describe(r.Indicator),
        Months = r.Months.Select(v => ModelView.Value(v, r.Indicator.Unit)).ToList(),
        Change = r.Row.Change is { } change ? ValueFormatter.FormatChange(change, r.Indicator.Unit) : null,
        Trend = r.Row.Trend.ToString(),
        AgainstTarget = r.Row.Status.ToString(),
        AskedMonth = r.Asked?.Display,
        AskedValue = r.AskedValue is { } asked ? ModelView.Value(asked, r.Indicator.Unit) : null,
    };

    public override void Back(IndicatorReport result, BackedFigures figures) => figures.AddIndicator(result.Indicator, result.Months);
}

/// <summary>Gaps and shares are the bot's own arithmetic: a model may repeat exactly those its rendering shows.</summary>
internal sealed class OffTargetPresenter : ResultPresenter<OffTargetResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(OffTargetResult result) => QuestionReplies.OffTarget(result);

    public override object ForModel(OffTargetResult o) => new
    {
        OffTargetFurthestFirst = o.OffTarget.Select(g => new
        {
            Indicator = ModelView.Describe(g.Row.Indicator),
            Latest = ModelView.Value(g.Row.Latest!, g.Row.Indicator.Unit),
            Gap = QuestionReplies.GapText(g),
        }).ToList(),
        OnTarget = o.OnTarget.Select(r => r.Indicator.Name).ToList(),
        NotCompared = o.NotComparable.Select(i => i.Name).ToList(),
    };
}

internal sealed class ChangesPresenter : ResultPresenter<ChangesResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(ChangesResult result) => QuestionReplies.Changes(result);

    public override object ForModel(ChangesResult c) => new
    {
        RecordedIn = c.RecordedIn.Display,
        Changes = c.Changes.Select(x => new
        {
            Indicator = x.Indicator.Name,
            Value = ModelView.Value(x.Value, x.Indicator.Unit),
            Corrects = x.Replaced is { } old ? ModelView.Value(old, x.Indicator.Unit) : null,
        }).ToList(),
    };
}

internal sealed class QuarterPresenter : ResultPresenter<QuarterResult>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(QuarterResult result) => QuestionReplies.Quarter(result);

    public override object ForModel(QuarterResult q) => new
    {
        Quarter = q.Display,
        Rows = q.Rows.Select(r => new { Indicator = r.Indicator.Name, Months = r.Months.OfType<RecordedValue>().Select(v => ModelView.Value(v, r.Indicator.Unit)).ToList() }).ToList(),
    };
}
