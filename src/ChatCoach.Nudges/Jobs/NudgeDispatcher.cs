using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Inbound;
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
/// One nudge round: for every workspace, plan what is due and hand it to the outbox — nudges,
/// escalations, the digest, failure reports. Each message goes in under its delivery key, together
/// with the nudge ledger's row, in one transaction; the outbox sends it exactly once across restarts
/// and hosts and tells the ledger how it went (<see cref="NudgeOutbox"/>, decisions 0007 and 0032).
/// Workspaces run concurrently, a few at a time, so one slow workspace never holds up the others.
/// </summary>
public sealed class NudgeDispatcher(
    INudgeStore store,
    NudgeFactsLoader loader,
    NudgeRules rules,
    ReportingCalendar calendar,
    IEnumerable<IProactiveChannel> channels,
    IOutbox outbox,
    IUnitOfWork unitOfWork,
    WorkspaceConnections connections,
    TimeProvider clock,
    ILogger<NudgeDispatcher> logger)
{
    public const int MaxWorkspacesAtOnce = 4;

    // The channels this host can send through; a person only another kind of host could reach is left for it.
    private readonly HashSet<string> _reachable = channels.Select(c => c.Channel).ToHashSet(StringComparer.Ordinal);

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
                await SendDirectAsync(round, owner.NudgeKey(workspace), [.. owner.Owed.Select(o => o.Indicator.Key)], owner.Owner,
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
                await SendDirectAsync(round, new(round.Workspace, DeliveryKind.Escalation, admin.Id, escalation.Subject, ""), [escalation.IndicatorKey], admin, message, cancellationToken);
            }
            if (round.Facts.ScoreboardChannel is { } channel)
            {
                await PostAsync(round, new(round.Workspace, DeliveryKind.Escalation, channel.Recipient, escalation.Subject, ""), [escalation.IndicatorKey], channel, message, cancellationToken);
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
        var panel = ChartReplies.PanelPicture(PanelResult.Of(plan.Digest.Standing, round.Facts.LatestValues));
        await PostAsync(round, key, [], channel, new Reply([.. NudgeMessages.Digest(plan.Digest).Parts, panel]), cancellationToken);
    }

    /// <summary>A message that failed for good is reported to each admin once (a failed report is not reported again).</summary>
    private async Task ReportFailuresAsync(Round round, NudgePlan plan, CancellationToken cancellationToken)
    {
        foreach (var failed in plan.FailuresToReport)
        {
            foreach (var admin in round.Facts.Admins)
            {
                await SendDirectAsync(round, new(round.Workspace, DeliveryKind.FailureReport, admin.Id, failed.Key.ToString(), ""), failed.IndicatorKeys, admin,
                    NudgeMessages.FailureReport(failed), cancellationToken);
            }
        }
    }

    private Task SendDirectAsync(Round round, DeliveryKey key, IReadOnlyList<string> indicatorKeys, UserRef person, Reply reply, CancellationToken cancellationToken) =>
        HandOverAsync(round, key, indicatorKeys, new ToPerson(person), reply, cancellationToken);

    private Task PostAsync(Round round, DeliveryKey key, IReadOnlyList<string> indicatorKeys, ScoreboardChannel target, Reply reply, CancellationToken cancellationToken) =>
        HandOverAsync(round, key, indicatorKeys, new ToConversation(target.Channel, target.ConversationId), reply, cancellationToken);

    /// <summary>
    /// The ledger's row and the outbox's message in one transaction, so neither exists without the
    /// other. A message the outbox already has, or that was delivered or given up before it, is
    /// left alone without touching the database (the round runs every minute); a recipient no
    /// channel of this host can reach (a console user) is skipped.
    /// </summary>
    private async Task HandOverAsync(Round round, DeliveryKey key, IReadOnlyList<string> indicatorKeys, OutboundAddress to, Reply reply, CancellationToken cancellationToken)
    {
        var previous = round.Facts.Deliveries.FirstOrDefault(d => d.Key == key);
        if (previous is { HandedOver: true } or { Status: DeliveryStatus.Sent or DeliveryStatus.Failed } || !_reachable.Contains(to.Channel))
        {
            return;
        }
        var message = new OutboundMessage(NudgeOutbox.KeyOf(key), round.Workspace, to, reply);
        await unitOfWork.InOneTransactionAsync(async token =>
        {
            if (await store.HandOverAsync(key, message.Key, indicatorKeys, clock.GetUtcNow(), token))
            {
                await outbox.EnqueueAsync(message, token);
            }
        }, cancellationToken);
    }

    private sealed record Round(WorkspaceId Workspace, NudgeFacts Facts, DateTimeOffset Now);
}
