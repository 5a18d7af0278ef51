using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Installations;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation;
using ChatCoach.Nudges.Conversation;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Nudges.Plugin;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Nudges.Jobs;

/// <summary>
/// One nudge round: for every workspace, plan what is due and send it — nudges, escalations, the
/// digest, failure reports. Each message is claimed in the store before it is sent and its outcome
/// recorded after, which is what makes it exactly one across restarts and hosts (ADR 0007).
/// Workspaces run concurrently, a few at a time, so one slow workspace never holds up the others.
/// </summary>
public sealed class NudgeDispatcher(
    INudgeStore store,
    NudgeFactsLoader loader,
    NudgeRules rules,
    ReportingCalendar calendar,
    IEnumerable<IProactiveChannel> channels,
    WorkspaceConnections connections,
    TimeProvider clock,
    ILogger<NudgeDispatcher> logger)
{
    public const int MaxWorkspacesAtOnce = 4;

    /// <summary>
    /// How long a nudge, digest or report keeps being retried. Shorter than the outbox's window on
    /// purpose: a nudge is about today, and the round stops planning it in the evening; past this the
    /// admins hear that it could not be delivered (the failure report) rather than the owner getting
    /// it late, or never with nobody told.
    /// </summary>
    public static readonly SendRetryWindow RetryWindow = new(TimeSpan.FromHours(6));

    /// <summary>How long a claim holds before another host may assume its claimant died mid-send.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private readonly string _claimant = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, IProactiveChannel> _channels = channels.ToDictionary(c => c.Channel, StringComparer.Ordinal);

    public async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var workspaces = await store.WorkspacesAsync(cancellationToken);
        await Parallel.ForEachAsync(workspaces, new ParallelOptions { MaxDegreeOfParallelism = MaxWorkspacesAtOnce, CancellationToken = cancellationToken },
            async (workspace, token) => await RunWorkspaceAsync(workspace, now, token));
    }

    private async Task RunWorkspaceAsync(WorkspaceId workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            if (!await connections.IsConnectedAsync(workspace, cancellationToken))
            {
                // Uninstalled: nobody there can be reached, and its data waits for an admin's decision.
                return;
            }
            var facts = await loader.LoadAsync(workspace, now, cancellationToken);
            var plan = rules.Plan(facts, now);
            var round = new Round(workspace, facts, now);
            foreach (var owner in plan.Nudges)
            {
                await SendDirectAsync(round, owner.NudgeKey(workspace), string.Join(',', owner.Owed.Select(o => o.Indicator.Key)), owner.Owner,
                    NudgeMessages.Nudge(owner, calendar), cancellationToken);
            }
            await EscalateAsync(round, plan, cancellationToken);
            await PostDigestAsync(round, plan, cancellationToken);
            await ReportFailuresAsync(round, plan, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One workspace's trouble (a bad row, a database hiccup) must not stop the others' nudges.
            logger.LogError(e, "Nudge round failed for {Workspace}", workspace);
        }
    }

    private async Task EscalateAsync(Round round, NudgePlan plan, CancellationToken cancellationToken)
    {
        foreach (var escalation in plan.NewEscalations)
        {
            await store.TryEscalateAsync(round.Workspace, escalation, cancellationToken);
        }
        // Every open escalation is (re)offered to every recipient; the claims keep each to one message.
        var open = plan.Owners.SelectMany(o => o.Owed).Select(o => o.Escalation).OfType<Escalation>().Concat(plan.NewEscalations).DistinctBy(e => e.Subject);
        foreach (var escalation in open)
        {
            var indicator = round.Facts.Indicators.First(i => i.Key == escalation.IndicatorKey);
            var message = NudgeMessages.Escalation(escalation, indicator);
            foreach (var admin in round.Facts.Admins)
            {
                await SendDirectAsync(round, new(round.Workspace, DeliveryKind.Escalation, admin.Id, escalation.Subject, ""), escalation.Owner.Id, admin, message, cancellationToken);
            }
            if (round.Facts.ScoreboardChannel is { } channel)
            {
                await PostAsync(round, new(round.Workspace, DeliveryKind.Escalation, channel.Recipient, escalation.Subject, ""), escalation.Owner.Id, channel, message, cancellationToken);
            }
        }
    }

    private async Task PostDigestAsync(Round round, NudgePlan plan, CancellationToken cancellationToken)
    {
        if (plan.DigestOccasion is not { } occasion || round.Facts.ScoreboardChannel is not { } channel)
        {
            return;
        }
        var key = new DeliveryKey(round.Workspace, DeliveryKind.Digest, channel.Recipient, plan.Digest.Period.ToString(), NudgeRules.OccasionText(occasion));
        var contents = $"{plan.Digest.Standing.ReportedCount}/{plan.Digest.Standing.Rows.Count}";
        var panel = ChartReplies.PanelPicture(PanelResult.Of(plan.Digest.Standing, round.Facts.LatestValues));
        await PostAsync(round, key, contents, channel, new Reply([.. NudgeMessages.Digest(plan.Digest).Parts, panel]), cancellationToken);
    }

    /// <summary>A message that failed for good is reported to each admin once (a failed report is not reported again).</summary>
    private async Task ReportFailuresAsync(Round round, NudgePlan plan, CancellationToken cancellationToken)
    {
        foreach (var failed in plan.FailuresToReport)
        {
            foreach (var admin in round.Facts.Admins)
            {
                await SendDirectAsync(round, new(round.Workspace, DeliveryKind.FailureReport, admin.Id, failed.Key.ToString(), ""), failed.Key.Recipient, admin,
                    NudgeMessages.FailureReport(failed), cancellationToken);
            }
        }
    }

    private Task SendDirectAsync(Round round, DeliveryKey key, string contents, UserRef person, Reply reply, CancellationToken cancellationToken) =>
        DeliverAsync(round, key, contents, person.Channel, (channel, token) => channel.SendDirectAsync(round.Workspace, person, reply, token), cancellationToken);

    private Task PostAsync(Round round, DeliveryKey key, string contents, ScoreboardChannel target, Reply reply, CancellationToken cancellationToken) =>
        DeliverAsync(round, key, contents, target.Channel, (channel, token) => channel.SendToConversationAsync(round.Workspace, target.ConversationId, reply, token), cancellationToken);

    /// <summary>Claim, send, record. A recipient no channel can reach (a console user) is skipped unclaimed.</summary>
    private async Task DeliverAsync(Round round, DeliveryKey key, string contents, string channelName,
        Func<IProactiveChannel, CancellationToken, Task<DeliveryResult>> send, CancellationToken cancellationToken)
    {
        var previous = round.Facts.Deliveries.FirstOrDefault(d => d.Key == key);
        if (previous?.Status is DeliveryStatus.Sent or DeliveryStatus.Failed || !_channels.TryGetValue(channelName, out var channel))
        {
            return;
        }
        if (!await store.TryClaimAsync(key, _claimant, contents, round.Now, round.Now + Lease, cancellationToken))
        {
            return;
        }
        DeliveryResult result;
        try
        {
            result = await send(channel, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            result = new DeliveryResult(DeliveryOutcome.TransientFailure, e.GetType().Name + ": " + e.Message);
        }
        await RecordAsync(key, result, (previous?.Attempts ?? 0) + 1, previous?.CreatedAt ?? clock.GetUtcNow());
    }

    private async Task RecordAsync(DeliveryKey key, DeliveryResult result, int attempt, DateTimeOffset firstTriedAt)
    {
        var now = clock.GetUtcNow();
        var decision = SendRetry.Decide(result, attempt, firstTriedAt, RetryWindow, now, Random.Shared);
        var status = decision.Pick(DeliveryStatus.Sent, DeliveryStatus.Retry, DeliveryStatus.Failed);
        if (status != DeliveryStatus.Sent)
        {
            logger.LogWarning("{Kind} to {Recipient} in {Workspace}: {Outcome} on attempt {Attempt} ({Detail})",
                key.Kind, key.Recipient, key.Workspace, result.Outcome, attempt, result.Detail);
        }
        // Recorded even when the round is being cancelled: the platform already has the message.
        await store.RecordOutcomeAsync(key, status, decision.Detail, now, decision.RetryAt, CancellationToken.None);
    }

    private sealed record Round(WorkspaceId Workspace, NudgeFacts Facts, DateTimeOffset Now);
}
