namespace ChatCoach.Domain.Scoreboard;

/// <summary>The natural unit of an indicator's value; it decides how values are read and shown.</summary>
public enum Unit
{
    Percent,
    Currency,
    Count,
    Days,

    /// <summary>A plain number with no unit of its own (a ratio, a score).</summary>
    Number,
}

/// <summary>Which way an indicator should move.</summary>
public enum BetterWhen
{
    Higher,
    Lower,
}
