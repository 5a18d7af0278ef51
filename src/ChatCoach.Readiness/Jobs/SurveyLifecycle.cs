using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.Installations;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Readiness.Plugin;

namespace ChatCoach.Readiness.Jobs;

/// <summary>
/// What time does to an open survey: one reminder shortly before the deadline, then closing it and
/// posting the results where it was started. Each step is claimed in the database first (a
/// conditional update), so with several hosts exactly one of them acts; the messages go through the
/// outbox under fixed keys.
/// </summary>
public sealed class SurveyLifecycle(
    IReadinessStore store, ReadinessPlugin readiness, ReadinessSettings settings, IOutbox outbox, WorkspaceConnections connections, TimeProvider clock, ILogger<SurveyLifecycle> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var survey in await store.AllOpenAsync(cancellationToken))
        {
            try
            {
                if (!await connections.IsConnectedAsync(survey.Workspace, cancellationToken))
                {
                    // Uninstalled: the survey stays open, untouched, until the workspace returns or is deleted.
                    continue;
                }
                if (now >= survey.Deadline)
                {
                    await CloseAsync(survey, now, cancellationToken);
                }
                else if (now >= survey.Deadline - settings.ReminderBefore && survey.RemindedAt is null)
                {
                    await RemindAsync(survey, now, cancellationToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogError(e, "Readiness survey {Survey} in {Workspace}: lifecycle step failed; the next tick retries", survey.Id, survey.Workspace);
            }
        }
    }

    private async Task CloseAsync(Survey survey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.TryCloseAsync(survey.Id, closedBy: null, now, cancellationToken))
        {
            return;
        }
        logger.LogInformation("Readiness survey {Survey} in {Workspace} closed at its deadline", survey.Id, survey.Workspace);
        var result = await readiness.ResultOfAsync(survey with { ClosedAt = now }, cancellationToken);
        await ReadinessPlugin.PostResultsAsync(outbox, result, cancellationToken);
    }

    /// <summary>
    /// Those who started but did not finish get a DM; the channel gets one post, which reaches the
    /// members who never started (the bot does not list channel members).
    /// </summary>
    private async Task RemindAsync(Survey survey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await store.TryMarkRemindedAsync(survey.Id, now, cancellationToken) || !ChatChannels.CanPostTo(survey.Channel))
        {
            return;
        }
        var interviews = await store.InterviewsAsync(survey.Id, cancellationToken);
        var closes = survey.Deadline.ToString("dddd d MMMM, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var unfinished in interviews.Where(i => i.Status != InterviewStatus.Finished && UserRef.TryParse(i.Respondent, out _)))
        {
            var reply = Reply.Of(new Paragraph([new TextRun($"A reminder: your readiness survey is not finished, and it closes {closes}. You stopped at question {unfinished.Position + 1}.")]),
                new Choices("Go on?", [new("Resume the survey", ReadinessMessages.TakeUtterance)]));
            await outbox.EnqueueAsync(new OutboundMessage($"readiness/{survey.Id}/reminder/{unfinished.Respondent}", survey.Workspace,
                new ToPerson(new UserRef(unfinished.Respondent)), reply), cancellationToken);
        }
        var finished = interviews.Count(i => i.Status == InterviewStatus.Finished);
        var post = survey.Mode == SurveyMode.Together
            ? Reply.Text($"The team's readiness survey closes {closes}. Carry on in the thread, or say “close the survey” when you're done.")
            : Reply.Of(new Paragraph([new TextRun($"The readiness survey closes {closes}; {finished} of you have finished so far. If you haven't taken it yet, there's still time.")]),
                new Choices("Take it now?", [new("Take the survey", ReadinessMessages.TakeUtterance)]));
        await outbox.EnqueueAsync(new OutboundMessage($"readiness/{survey.Id}/reminder/channel", survey.Workspace,
            new ToConversation(survey.Channel, survey.ConversationId), post), cancellationToken);
    }
}
