namespace ChatCoach.Host.Nudges;

/// <summary>
/// Runs a nudge round every minute: cheap when nothing is due, and late by at most a minute when
/// something is. Which occasion is due, and whether it was already served, is decided by the rules
/// and the database, so restarts and several hosts change nothing about who gets what.
/// </summary>
public sealed class NudgeScheduler(NudgeDispatcher dispatcher, TimeProvider clock, ILogger<NudgeScheduler> logger) : BackgroundService
{
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, clock);
        try
        {
            do
            {
                try
                {
                    await dispatcher.RunRoundAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Nudge round failed; the next round retries");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
