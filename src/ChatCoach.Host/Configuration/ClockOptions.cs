using System.Globalization;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Configuration;

/// <summary>
/// "ChatCoach:Clock": lets a demo, a rehearsal or a test run the host as if it were another day.
/// Unset in production: the host then reads the system clock.
/// </summary>
public sealed class ClockOptions
{
    public const string Section = "ChatCoach:Clock";

    /// <summary>An ISO-8601 instant the host's clock starts at; it runs on in real time from there.</summary>
    public string? StartAt { get; set; }

    public DateTimeOffset? ParsedStartAt =>
        DateTimeOffset.TryParse(StartAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;
}

public sealed class ClockOptionsValidator : IValidateOptions<ClockOptions>
{
    public ValidateOptionsResult Validate(string? name, ClockOptions options) =>
        string.IsNullOrWhiteSpace(options.StartAt) || options.ParsedStartAt is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ClockOptions.Section}:StartAt must be an ISO-8601 instant such as 2026-12-02T09:00:00Z (got '{options.StartAt}').");
}

/// <summary>
/// The system clock moved to start at a chosen instant. Only "now" moves: durations, timers and
/// timestamps are the system's, so leases, back-off and pacing behave exactly as in production.
/// </summary>
public sealed class ShiftedClock(DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan _shift = startAt - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
