using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using Microsoft.Extensions.Options;

namespace ChatCoach.Nudges.Jobs;

/// <summary>"ChatCoach:Reminders": when the weekly nudge goes out and when unanswered requests escalate.</summary>
public sealed class RemindersOptions
{
    public const string Section = "ChatCoach:Reminders";

    /// <summary>Five-field cron, read in each owner's own time zone.</summary>
    public string Schedule { get; set; } = "0 9 * * MON";

    /// <summary>IANA zone for owners whose own zone the channel does not know, and for the digest.</summary>
    public string TimeZone { get; set; } = "UTC";

    public int EscalateAfter { get; set; } = 2;

    public NudgeSettings ToSettings() =>
        new(ReminderSchedule.Parse(Schedule), TimeZoneInfo.FindSystemTimeZoneById(TimeZone), EscalateAfter);
}

public sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var errors = new List<string>();
        if (!ReminderSchedule.TryParse(options.Schedule, out _))
        {
            errors.Add($"{RemindersOptions.Section}:Schedule must be a five-field cron expression like '0 9 * * MON' (got '{options.Schedule}').");
        }
        if (string.IsNullOrWhiteSpace(options.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _))
        {
            errors.Add($"{RemindersOptions.Section}:TimeZone must be an IANA time zone such as Europe/Berlin or UTC (got '{options.TimeZone}').");
        }
        if (options.EscalateAfter is < 1 or > 52)
        {
            errors.Add($"{RemindersOptions.Section}:EscalateAfter must be a number of reminders from 1 to 52 (got {options.EscalateAfter}).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
