using ChatCoach.Conversation.Jobs;

namespace ChatCoach.Readiness.Jobs;

/// <summary>Checks open surveys' deadlines and reminders once a minute.</summary>
public sealed class ReadinessScheduler(SurveyLifecycle lifecycle, TimeProvider clock, ILogger<ReadinessScheduler> logger) : MinuteLoop(clock, logger)
{
    protected override Task RunRoundAsync(CancellationToken cancellationToken) => lifecycle.RunAsync(cancellationToken);
}
