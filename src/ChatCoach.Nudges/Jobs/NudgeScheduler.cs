using ChatCoach.Conversation.Jobs;

namespace ChatCoach.Nudges.Jobs;

/// <summary>
/// Runs a nudge round every minute. Which occasion is due, and whether it was already served, is
/// decided by the rules and the database, so restarts and several hosts change nothing about who
/// gets what.
/// </summary>
public sealed class NudgeScheduler(NudgeDispatcher dispatcher, TimeProvider clock, ILogger<NudgeScheduler> logger) : MinuteLoop(clock, logger)
{
    protected override Task RunRoundAsync(CancellationToken cancellationToken) => dispatcher.RunRoundAsync(cancellationToken);
}
