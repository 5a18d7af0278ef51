using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Planner.Intents;

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
