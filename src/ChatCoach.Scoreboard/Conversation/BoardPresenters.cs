using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Conversation.Presenting;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// Board results reach a model as the bot's own sentence, and back exactly the figures in it: the
/// wording is precise about rows and fields in a way a JSON dump of the change is not.
/// </summary>
internal abstract class BoardPresenter<T> : ResultPresenter<T> where T : BoardResult
{
    public override object ForModel(T result) => Says(result);
}

internal sealed class IndicatorAddedPresenter : BoardPresenter<IndicatorAdded>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(IndicatorAdded result) => BoardReplies.Added(result.Indicator);
}

internal sealed class IndicatorRenamedPresenter : BoardPresenter<IndicatorRenamed>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(IndicatorRenamed r) => BoardReplies.Succeeded(new TextRun($"Renamed \"{r.OldName}\" to "), new Strong(r.Indicator.Name),
        new TextRun($". Its key stays {r.Indicator.Key}, so its history and nudges carry on."));
}

internal sealed class LaggingMetricChangedPresenter : BoardPresenter<LaggingMetricChanged>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(LaggingMetricChanged l) => BoardReplies.Succeeded(new Strong(l.Indicator.Name),
        new TextRun($" now protects: {l.Indicator.LaggingMetric} (was: {BoardReplies.Or(l.OldLaggingMetric, "none named")})."));
}

internal sealed class MeaningChangedPresenter : BoardPresenter<MeaningChanged>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(MeaningChanged m) => BoardReplies.Succeeded(new Strong(m.Indicator.Name),
        new TextRun($" is now measured as {UnitWords.Name(m.Indicator.Unit)}, {BoardReplies.Direction(m.Indicator.BetterWhen)} (was {UnitWords.Name(m.OldUnit)}, {BoardReplies.Direction(m.OldBetterWhen)})."));
}

internal sealed class IndicatorRetiredPresenter : BoardPresenter<IndicatorRetired>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(IndicatorRetired r) => BoardReplies.Succeeded(new Strong(r.Indicator.Name),
        new TextRun($" is retired: it leaves the standing, the digest and the nudges. Its history stays (\"history of {r.Indicator.Key}\"), and \"bring back {r.Indicator.Key}\" restores it."));
}

internal sealed class IndicatorRestoredPresenter : BoardPresenter<IndicatorRestored>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(IndicatorRestored r) => BoardReplies.Succeeded(new Strong(r.Indicator.Name), new TextRun(" is back on the scoreboard, with its history."));
}

internal sealed class NameClashesPresenter : BoardPresenter<NameClashes>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(NameClashes c) => Reply.Text(c.Clash.Exact
        ? $"There is already an indicator called \"{c.Clash.With.Name}\"{(c.Clash.With.Retired ? " (retired; \"bring back " + c.Clash.With.Key + "\" restores it)" : "")}. What should I call the new one instead?"
        : $"\"{c.Name}\" is too close to \"{c.Clash.With.Name}\": when someone says it, I couldn't tell the two apart. Could you pick a name that says how it differs?", Tone.Warning);
}

internal sealed class DetailMissingPresenter : BoardPresenter<DetailMissing>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(DetailMissing d) => Reply.Text(d.Question, Tone.Warning);
}

internal sealed class BoardChangesPresenter : BoardPresenter<BoardChanges>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(BoardChanges result) => BoardReplies.Changes(result);
}

internal sealed class IndicatorExplainedPresenter : BoardPresenter<IndicatorExplained>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(IndicatorExplained result) => BoardReplies.Explained(result);
}

internal sealed class ExportWrittenPresenter : BoardPresenter<ExportWritten>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ExportWritten w) =>
        Reply.Text($"Exported {w.Revisions} value {(w.Revisions == 1 ? "revision" : "revisions")} with their provenance as CSV: {w.Path}", Tone.Success);
}

internal sealed class ExportFilePresenter : BoardPresenter<ExportFile>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ExportFile f) => Reply.Of(
        new Paragraph([new TextRun($"Here is the scoreboard export: {f.Revisions} value {(f.Revisions == 1 ? "revision" : "revisions")} with their provenance, as CSV.")], Tone.Success),
        new FileAttachment(f.Csv, f.FileName, "text/csv", "Scoreboard export", BoardReplies.HostCommand(f.Workspace)));
}

internal sealed class ExportElsewherePresenter : BoardPresenter<ExportElsewhere>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(ExportElsewhere e) => Reply.Text($"I can't send the CSV file in this chat yet. {BoardReplies.HostCommand(e.Workspace)}", Tone.Warning);
}

internal sealed class LaggingRecordedPresenter : BoardPresenter<LaggingRecorded>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(LaggingRecorded result) => LaggingReplies.Recorded(result);
}

internal sealed class UnknownLaggingMetricPresenter : BoardPresenter<UnknownLaggingMetric>
{
    public override bool IsReceipt => true;

    public override Reply ForPeople(UnknownLaggingMetric result) => LaggingReplies.Unknown(result);
}

internal sealed class QuarterlyReviewPresenter : BoardPresenter<QuarterlyReviewShown>
{
    public override bool IsReceipt => false;

    public override Reply ForPeople(QuarterlyReviewShown result) => LaggingReplies.Review(result.Review);
}
