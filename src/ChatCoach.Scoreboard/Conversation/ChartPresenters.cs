using ChatCoach.Domain.Conversation;
using ChatCoach.Conversation.LanguageModel.Grounding;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>The model reads what a picture shows, never its bytes; the picture itself goes under its answer as a receipt.</summary>
internal sealed class ChartPresenter : ResultPresenter<ChartResult>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ChartResult result) => ChartReplies.Trend(result);

    public override object ForModel(ChartResult c) => new
    {
        Outcome = "chart shown to the person",
        Indicator = ModelView.Describe(c.Trend.Indicator),
        From = c.Trend.From.Display,
        To = c.Trend.To.Display,
        Months = c.Trend.Points.Select(p => new { Period = p.Period.Display, Value = p.Value is { } v ? Domain.Scoreboard.ValueFormatter.Format(v, c.Trend.Indicator.Unit) : null }).ToList(),
    };

    /// <summary>What the picture plots, and the words the bot itself writes under it.</summary>
    public override void Back(ChartResult result, BackedFigures figures)
    {
        figures.AddIndicator(result.Trend.Indicator, [.. result.Trend.Recorded.Select(p => p.Stands!)]);
        base.Back(result, figures);
    }
}

internal sealed class PanelPresenter : ResultPresenter<PanelResult>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(PanelResult result) => ChartReplies.Panel(result);

    public override object ForModel(PanelResult result) => new { Outcome = "instrument panel shown to the person", Standing = ModelView.Standing(result.Standing) };

    public override void Back(PanelResult result, BackedFigures figures) => figures.AddStanding(result.Standing);
}
