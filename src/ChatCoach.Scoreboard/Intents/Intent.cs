using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Scoreboard.Intents;

/// <summary>What the embedded planner understood a message to ask for.</summary>
public abstract record Intent;

public sealed record ShowHelp : Intent;

public sealed record ShowStanding : Intent;

public sealed record ShowMissing : Intent;

/// <param name="Indicator">Null for "who owns what".</param>
public sealed record ShowOwners(string? Indicator) : Intent;

public sealed record ShowHistory(string Indicator) : Intent;

public sealed record RecordValue(string Indicator, string Value, Period? Period) : Intent;

public sealed record SetOwner(string Indicator, string Owner) : Intent;

public sealed record SetTarget(string Indicator, string Target) : Intent;

/// <summary>Nothing the embedded planner knows; the reply is help.</summary>
public sealed record NotUnderstood(string Text) : Intent;

/// <summary>What a question about one indicator wants first; the answer always carries the rest too.</summary>
public enum IndicatorAspect
{
    /// <summary>"how's win rate doing", "what's our cost per opp": the latest value and the months before.</summary>
    Latest,

    /// <summary>"is win rate up since September", "is proof trending down".</summary>
    Trend,

    /// <summary>"are we on target for proof".</summary>
    Target,

    /// <summary>"who recorded win rate".</summary>
    RecordedBy,
}

/// <param name="Indicator">As the person said it; matched against the board by the plugin.</param>
/// <param name="Month">The month named: the one to compare with ("since September") or to show ("in October").</param>
public sealed record AskIndicator(string Indicator, IndicatorAspect Aspect, Period? Month = null) : Intent;

/// <summary>"Which indicator is furthest off target".</summary>
public sealed record ShowFurthestOffTarget : Intent;

/// <summary>"What changed this month": values recorded or corrected during <paramref name="RecordedIn"/>.</summary>
public sealed record ShowChanges(Period RecordedIn) : Intent;

/// <summary>"Show me last quarter": every indicator's monthly values in one calendar quarter.</summary>
public sealed record ShowQuarter(int Year, int Quarter) : Intent;

public enum SmallTalkKind
{
    Greeting,
    Thanks,
    Acknowledged,
    NeverMind,
    Undo,
    Farewell,
    Yes,
    No,
}

/// <summary>Manners: "hello", "thanks", "👍", "never mind", "cancel", "undo" — a short fitting reply, never the help text.</summary>
public sealed record SmallTalk(SmallTalkKind Kind) : Intent;
