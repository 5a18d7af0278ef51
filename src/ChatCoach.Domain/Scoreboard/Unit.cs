namespace ChatCoach.Domain.Scoreboard;

/// <summary>The natural unit of an indicator's value; it decides how values are read and shown.</summary>
public enum Unit
{
    Percent,
    Currency,
    Count,
    Days,
}

/// <summary>Which way an indicator should move.</summary>
public enum BetterWhen
{
    Higher,
    Lower,
}
