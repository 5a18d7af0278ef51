using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Inbox;

/// <summary>"ChatCoach:Inbox": how the inbox processor recovers work left behind by a crashed host.</summary>
public sealed class InboxOptions
{
    public const string Section = "ChatCoach:Inbox";

    /// <summary>How long a claim holds before another worker or host may take the row over.</summary>
    public int LeaseSeconds { get; set; } = 120;

    /// <summary>How often the store is swept for rows no signal announced (after a restart, or a dropped signal).</summary>
    public int SweepSeconds { get; set; } = 5;

    /// <summary>
    /// Rows handled at once by this host. A handler mostly waits (on the database and on the
    /// platform's Web API), so the default is many per core: the inbox's group commit turns the
    /// concurrent claims and dones into a few larger statements, and under a burst the handlers get
    /// their share of the machine beside the acknowledgements, so answers keep pace with what was
    /// accepted instead of a backlog growing behind it (measured in docs/performance.md: with 8 per
    /// core a saturating burst left seconds of backlog; with 32 per core, a fraction of a second).
    /// </summary>
    public int Workers { get; set; } = DefaultWorkers;

    /// <summary>
    /// How long an event's answer keeps being retried (backoff with jitter, the platform's
    /// Retry-After honoured) before the row is parked as dead: listed by <c>inbox parked</c>, counted on
    /// /readyz and the metric chatcoach.inbox.parked, re-driven by <c>inbox redrive</c>. A platform
    /// outage shorter than this loses nothing. Messages the bot queues on its own (the outbox) are
    /// retried for the same window, then recorded as failed; nudges keep a window of their own (6 h).
    /// </summary>
    public int RetryHours { get; set; } = 24;

    public static int DefaultWorkers => Math.Clamp(Environment.ProcessorCount * 32, 8, 64);
}

public sealed class InboxOptionsValidator : IValidateOptions<InboxOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        var errors = new List<string>();
        if (options.LeaseSeconds is < 1 or > 3600)
        {
            errors.Add($"{InboxOptions.Section}:LeaseSeconds must be from 1 to 3600 (got {options.LeaseSeconds}).");
        }
        if (options.SweepSeconds is < 1 or > 3600)
        {
            errors.Add($"{InboxOptions.Section}:SweepSeconds must be from 1 to 3600 (got {options.SweepSeconds}).");
        }
        if (options.RetryHours is < 1 or > 720)
        {
            errors.Add($"{InboxOptions.Section}:RetryHours must be from 1 to 720 (got {options.RetryHours}).");
        }
        if (options.Workers is < 1 or > 64)
        {
            errors.Add($"{InboxOptions.Section}:Workers must be from 1 to 64 (got {options.Workers}).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
