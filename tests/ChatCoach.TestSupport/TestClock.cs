namespace ChatCoach.TestSupport;

/// <summary>
/// The day the real host believes it is in tests, unless a test says otherwise: mid-month, outside
/// the month turn, so no test depends on the day it runs. Passed as ChatCoach:Clock:StartAt.
/// </summary>
public static class TestClock
{
    public const string DefaultStartAt = "2026-11-18T10:00:00Z";
}
