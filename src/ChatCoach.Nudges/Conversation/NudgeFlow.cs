using ChatCoach.Conversation;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Scoreboard.Plugin;
using Microsoft.SemanticKernel;

namespace ChatCoach.Nudges.Conversation;

/// <summary>
/// Answers in place: the replies to a nudge ("412", "cost per opp 412", the console's "record … for
/// key for period", "remind me Thursday", "snooze 3 days", "not available this month because …")
/// and the loop's own commands ("post the digest here", "what's pending for me",
/// "what's missing"). Everything it does goes through the turn's kernel, so the write-access and
/// audit filters apply exactly as for the planner. Anything else is left to the planner. The
/// nudge's buttons and forms carry typed actions instead (<see cref="NudgeActions"/>).
/// </summary>
public sealed class NudgeFlow : IConversationFlow
{
    /// <summary>After an interview in progress: a bare number is a nudge's answer only when no interview is waiting for one.</summary>
    public int Rank => 200;

    public async Task<Reply?> TryContinueAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        var direct = TurnScope.Of(kernel).Turn.IsDirect;
        return NudgePhrases.Read(text) switch
        {
            PostDigestHere => await CallAsync(kernel, "set_scoreboard_channel", new(), cancellationToken),
            WhatsMissing => await CallAsync(kernel, "get_nudge_status", new(), cancellationToken),
            PendingForMe => await CallAsync(kernel, "get_my_pending", new(), cancellationToken),
            SnoozeDays s => await CallAsync(kernel, "snooze", new() { ["days"] = s.Days }, cancellationToken),
            RemindOnDay r => await CallAsync(kernel, "snooze", new() { ["day"] = r.Day }, cancellationToken),
            NotAvailable n => await CallAsync(kernel, "mark_not_available", new() { ["reason"] = n.Reason, ["indicator"] = n.Indicator }, cancellationToken),
            InputAnswer a => await RecordAsync(kernel, a.IndicatorKey, a.Value, a.Period, cancellationToken),
            BareValue b when direct => await AnswerAsync(kernel, null, b.Value, cancellationToken),
            NamedValue n when direct => await AnswerAsync(kernel, n.Indicator, n.Value, cancellationToken),
            _ => null,
        };
    }

    /// <summary>
    /// A value typed in the direct conversation: recorded when it is clearly for one of the values
    /// the person owes; several owed and none named → ask which; nothing owed → the planner's turn.
    /// </summary>
    private static async Task<Reply?> AnswerAsync(Kernel kernel, string? indicator, string value, CancellationToken cancellationToken)
    {
        if (await InvokeAsync(kernel, NudgesPlugin.Name, "get_my_pending", new(), cancellationToken) is not PendingForCaller { Status: var status }
            || status.Owed.Count == 0)
        {
            return null;
        }
        if (indicator is null)
        {
            return status.Owed.Count == 1
                ? await RecordAsync(kernel, status.Owed[0].Indicator.Key, value, status.Period, cancellationToken)
                : NudgeReplies.Which(value, status);
        }
        var match = IndicatorMatcher.Match(indicator, [.. status.Owed.Select(o => o.Indicator)]);
        return match.Indicator is { } owed ? await RecordAsync(kernel, owed.Key, value, status.Period, cancellationToken) : null;
    }

    internal static async Task<Reply> RecordAsync(Kernel kernel, string key, string value, Period period, CancellationToken cancellationToken)
    {
        var result = await InvokeAsync(kernel, ScoreboardPlugin.Name, "record_value",
            new() { ["indicator"] = key, ["value"] = value, ["period"] = period.ToString() }, cancellationToken);
        if (result is not ValueRecorded recorded)
        {
            return ResultPresenters.ForPeople(result);
        }
        var still = await InvokeAsync(kernel, NudgesPlugin.Name, "get_my_pending", new(), cancellationToken) as PendingForCaller;
        return NudgeReplies.Recorded(recorded, still?.Status);
    }

    internal static Task<Reply> UndoAsync(Kernel kernel, string key, Period period, int revision, CancellationToken cancellationToken) =>
        CallAsync(kernel, "undo_value", new() { ["indicator"] = key, ["period"] = period.ToString(), ["revision"] = revision }, cancellationToken);

    private static async Task<Reply> CallAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await InvokeAsync(kernel, NudgesPlugin.Name, function, arguments, cancellationToken);
        return function == "set_scoreboard_channel" && result is Refusal
            ? Reply.Text("Only an admin can choose where the digest is posted.", Tone.Refusal)
            : NudgeReplies.Compose(result);
    }

    private static async Task<PluginResult> InvokeAsync(Kernel kernel, string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken);
        return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{plugin}.{function} returned nothing.");
    }
}
