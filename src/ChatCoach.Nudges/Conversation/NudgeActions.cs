using System.Globalization;
using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using Microsoft.SemanticKernel;

namespace ChatCoach.Nudges.Conversation;

/// <summary>
/// The typed actions on the nudge's buttons and forms — record a value owed, undo the value just
/// recorded — and their answers. The arguments are the indicator's key and the month, exactly; the
/// kernel functions they call check them and who may write, as for anything typed.
/// </summary>
public sealed class NudgeActions : IActionHandler
{
    public const string FeatureName = "nudges";
    private const string RecordVerb = "record";
    private const string UndoVerb = "undo";

    public string Feature => FeatureName;

    /// <summary>A form for one value owed: its answer records that value.</summary>
    public static InputRequest Form(string prompt, Indicator indicator, Period period) =>
        new(prompt, indicator.Key, indicator.Name, period, indicator.Unit, Record(indicator.Key, period));

    /// <summary>Records a value for the indicator and month; the value is what the person typed into the form (its input).</summary>
    public static ChatAction Record(string indicatorKey, Period period) =>
        new(FeatureName, RecordVerb, new Dictionary<string, string> { ["indicator"] = indicatorKey, ["period"] = period.ToString() }, Input: "value");

    /// <summary>Takes back the revision just recorded (the one before it stands again).</summary>
    public static ChatAction Undo(RecordedValue stored) => new(FeatureName, UndoVerb, new Dictionary<string, string>
    {
        ["indicator"] = stored.IndicatorKey,
        ["period"] = stored.Period.ToString(),
        ["revision"] = stored.Revision.ToString(CultureInfo.InvariantCulture),
    });

    public async Task<Reply> ActAsync(Kernel kernel, ChatAction action, CancellationToken cancellationToken)
    {
        var key = action.Argument("indicator");
        var period = Period.TryParse(action.Argument("period"), out var p) ? p : (Period?)null;
        return (action.Verb, key, period, action.Argument("value"), action.Argument("revision")) switch
        {
            (RecordVerb, { } k, { } month, { } value, _) => await NudgeFlow.RecordAsync(kernel, k, value, month, cancellationToken),
            (UndoVerb, { } k, { } month, _, { } revision) when int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var number) =>
                await NudgeFlow.UndoAsync(kernel, k, month, number, cancellationToken),
            _ => Reply.Text(Coach.StaleActionText, Tone.Warning),
        };
    }
}
