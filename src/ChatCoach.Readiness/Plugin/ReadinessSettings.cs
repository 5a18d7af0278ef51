using ChatCoach.Plugins;
namespace ChatCoach.Readiness.Plugin;

/// <summary>The survey's tunables, from <c>ChatCoach:Readiness</c> (validated by the host).</summary>
/// <param name="DefaultDays">How long a survey stays open when the starter names no deadline.</param>
/// <param name="ReminderBefore">How long before the deadline the one reminder goes out.</param>
public sealed record ReadinessSettings(int DefaultDays, TimeSpan ReminderBefore)
{
    public const int MaxDays = 60;

    public static ReadinessSettings Default { get; } = new(7, TimeSpan.FromDays(1));
}
