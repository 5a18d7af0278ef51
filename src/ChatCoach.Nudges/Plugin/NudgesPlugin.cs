using ChatCoach.Domain.Conversation;
using ChatCoach.Plugins;
using System.ComponentModel;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins.Access;
using Microsoft.SemanticKernel;

namespace ChatCoach.Nudges.Plugin;

/// <summary>
/// The weekly nudge's capabilities as kernel functions: what is pending for me, snooze, mark a
/// value not available (with a reason), undo a recording, choose the scoreboard channel, and the
/// nudge loop's view of what is missing. Identity comes from <see cref="TurnScope"/>; writes are
/// checked by <see cref="WriteAccessFilter"/> like every other write.
/// </summary>
public sealed class NudgesPlugin(IScoreboardStore store, INudgeStore nudges, NudgeFactsLoader loader, NudgeRules rules)
{
    public const string Name = "nudges";

    [KernelFunction("get_my_pending")]
    [ReadsOnly]
    [Description("The values the person speaking still owes for the current reporting period, and whether their reminders are snoozed.")]
    public async Task<PluginResult> GetMyPendingAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        return new PendingForCaller(await StatusOfAsync(scope, scope.Turn.Caller, cancellationToken));
    }

    [KernelFunction("get_nudge_status")]
    [ReadsOnly]
    [Description("What is missing for the reporting period by owner, with each owner's time zone, how many times they were asked, snoozes and escalations.")]
    public async Task<PluginResult> GetNudgeStatusAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        return new NudgeStatus(rules.Plan(await loader.LoadAsync(scope.Turn.Workspace, scope.Now, cancellationToken), scope.Now));
    }

    [KernelFunction("snooze")]
    [WriteAccess(WriteAccess.Anyone)]
    [Description("Pauses the person's reminders for the current period: for a number of days, or until a weekday (or tomorrow), after which they get one reminder.")]
    public async Task<PluginResult> SnoozeAsync(
        Kernel kernel,
        [Description("How many days to snooze, 1 to 31.")] int? days = null,
        [Description("A weekday such as 'thursday', or 'tomorrow'.")] string? day = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var status = await StatusOfAsync(scope, scope.Turn.Caller, cancellationToken);
        if (status.Owed.Count == 0)
        {
            return new NothingPending(status.Period);
        }
        if (SnoozeEnd(days, day, scope.Now, status.Zone) is not { } until)
        {
            return new InvalidInput($"Say how long, like \"snooze 3 days\" (up to {SnoozeRules.MaxDays}) or \"remind me Thursday\".");
        }
        var snooze = new Snooze(scope.Turn.Caller, status.Period, until, scope.Now);
        await nudges.SnoozeAsync(scope.Turn.Workspace, snooze, cancellationToken);
        return new Snoozed(snooze, status.Zone, [.. status.Owed.Select(o => o.Indicator)]);
    }

    [KernelFunction("mark_not_available")]
    [Description("Records that an indicator's value for the current reporting period is not available, with the reason. It is shown as such in the standing and the digest, and stops the reminders for that period.")]
    [WriteAccess(WriteAccess.OwnerOrAdmin, Row = "indicator")]
    public async Task<PluginResult> MarkNotAvailableAsync(
        Kernel kernel,
        [Description("Why the value is not available.")] string reason,
        [Description("The indicator's key or name; omit when the person owes exactly one value.")] string? indicator = null,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new InvalidInput("Tell me why it isn't available, e.g. \"not available this month because the CRM migration froze reporting\".");
        }
        var named = string.IsNullOrWhiteSpace(indicator) ? null : IndicatorMatcher.Match(indicator, await scope.IndicatorsAsync(store, cancellationToken));
        if (named is { Indicator: null })
        {
            return new UnknownIndicator(indicator!, named.Candidates);
        }
        var status = await StatusOfAsync(scope, named?.Indicator?.Owner ?? scope.Turn.Caller, cancellationToken);
        var owed = named is null ? [.. status.Owed.Select(o => o.Indicator)] : await StillOpenAsync(scope, named.Indicator!, status.Period, cancellationToken);
        if (owed.Count != 1)
        {
            return named is not null ? new InvalidInput($"{named.Indicator!.Name} already has an entry for {status.Period.Display}; record a value to correct it.", named.Indicator)
                : owed.Count == 0 ? new NothingPending(status.Period)
                : new WhichIndicator(status.Period, owed);
        }
        var recorded = await store.RecordAsync(scope.Turn.Workspace, new NewValue(owed[0].Key, status.Period, ValueKind.NotAvailable, null,
            scope.Turn.Caller, scope.Now, scope.Turn.Channel, Shorten(reason)), cancellationToken);
        return new MarkedNotAvailable(owed[0], recorded);
    }

    [KernelFunction("set_scoreboard_channel")]
    [Description("Makes the conversation this message came from the scoreboard channel, where the weekly digest and escalations are posted. Admins only.")]
    [WriteAccess(WriteAccess.Admin)]
    public async Task<PluginResult> SetScoreboardChannelAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var channel = new ScoreboardChannel(scope.Turn.Channel, scope.Turn.ConversationId, scope.Turn.Caller, scope.Now);
        // Only a chat platform can be posted to later; the console has no conversation to come back to.
        var canPost = ChatChannels.CanPostTo(scope.Turn.Channel);
        if (canPost)
        {
            await nudges.SetScoreboardChannelAsync(scope.Turn.Workspace, channel, cancellationToken);
        }
        return new ScoreboardChannelSet(channel, canPost);
    }

    [KernelFunction("undo_value")]
    [Description("Undoes a recorded value by recording a correction: the previous revision's value again, or a not-available note when there was none. Nothing is deleted.")]
    [WriteAccess(WriteAccess.OwnerOrAdmin, Row = "indicator")]
    public async Task<PluginResult> UndoValueAsync(
        Kernel kernel,
        [Description("The indicator's key.")] string indicator,
        [Description("The month as YYYY-MM.")] string period,
        [Description("The revision to undo; it must still be the latest.")] int revision,
        CancellationToken cancellationToken = default)
    {
        var scope = TurnScope.Of(kernel);
        var target = (await scope.IndicatorsAsync(store, cancellationToken)).FirstOrDefault(i => i.Key == indicator);
        if (target is null || !Period.TryParse(period, out var month))
        {
            return new UnknownIndicator(indicator, []);
        }
        var revisions = (await store.HistoryAsync(scope.Turn.Workspace, target.Key, cancellationToken)).Where(v => v.Period == month).ToList();
        if (revisions.FirstOrDefault() is not { } latest || latest.Revision != revision)
        {
            return new InvalidInput($"{target.Name} for {month.Display} has changed since, so I left it as it is. Say \"history of {target.Key}\" to see every revision.", target);
        }
        var restored = await store.RecordAsync(scope.Turn.Workspace, Correction(latest, revisions.ElementAtOrDefault(1), scope, target.Unit), cancellationToken);
        return new ValueUndone(target, latest, restored);
    }

    /// <summary>
    /// An undo never deletes: it records the earlier revision again, or — when the undone value was
    /// the first — a not-available note saying it was withdrawn, so the history tells the story.
    /// </summary>
    private static NewValue Correction(RecordedValue undone, RecordedValue? earlier, TurnScope scope, Unit unit) => earlier is null
        ? new NewValue(undone.IndicatorKey, undone.Period, ValueKind.NotAvailable, null, scope.Turn.Caller, scope.Now, scope.Turn.Channel,
            $"Withdrawn: {Describe(undone, unit)} was recorded by mistake (undo of revision {undone.Revision}).")
        : new NewValue(undone.IndicatorKey, undone.Period, earlier.Kind, earlier.Value, scope.Turn.Caller, scope.Now, scope.Turn.Channel,
            $"Undo of revision {undone.Revision}: restores revision {earlier.Revision}{(earlier.Note is { } note ? $" ({note})" : "")}.");

    private static string Describe(RecordedValue value, Unit unit) =>
        value.HasNumber ? ValueFormatter.Format(value.Value!.Value, unit) : "a not-available note";

    /// <summary>The named indicator when nothing is recorded for the period yet (owned or not), else nothing.</summary>
    private async Task<List<Indicator>> StillOpenAsync(TurnScope scope, Indicator indicator, Period period, CancellationToken cancellationToken) =>
        (await store.HistoryAsync(scope.Turn.Workspace, indicator.Key, cancellationToken)).Any(v => v.Period == period) ? [] : [indicator];

    private async Task<OwnerStatus> StatusOfAsync(TurnScope scope, UserRef person, CancellationToken cancellationToken) =>
        rules.StatusOf(await loader.LoadAsync(scope.Turn.Workspace, scope.Now, cancellationToken), person, scope.Now);

    private static DateTimeOffset? SnoozeEnd(int? days, string? day, DateTimeOffset now, TimeZoneInfo zone)
    {
        var word = day?.Trim().ToLowerInvariant();
        if (word == "tomorrow")
        {
            return SnoozeRules.Tomorrow(now, zone);
        }
        var weekday = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>()
            .FirstOrDefault(d => word is { Length: >= 3 } && d!.Value.ToString().StartsWith(word, StringComparison.OrdinalIgnoreCase));
        if (weekday is { } named)
        {
            return SnoozeRules.RemindOn(named, now, zone);
        }
        return days is >= 1 and <= SnoozeRules.MaxDays ? SnoozeRules.ForDays(days.Value, now) : null;
    }

    private static string Shorten(string text) => text.Trim() is { Length: > 500 } trimmed ? trimmed[..500] : text.Trim();
}
