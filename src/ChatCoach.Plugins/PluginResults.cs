using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Plugins;

/// <summary>
/// What a kernel function returns. Planners render these deterministically, and a language model
/// sees them serialised; either way every number shown comes from one of these.
/// </summary>
public abstract record PluginResult;

/// <summary>
/// The function would not act for this caller; the reason says why, in words for them. When the
/// refusal is about an indicator, its owner is who the person should talk to.
/// </summary>
public sealed record Refusal(string Reason, Indicator? Indicator = null) : PluginResult;

/// <summary>The indicator named could not be told apart; the candidates are what the person may have meant.</summary>
public sealed record UnknownIndicator(string Asked, IReadOnlyList<Indicator> Candidates) : PluginResult;

/// <summary>A value, target or period that could not be read; the message tells the person what to type.</summary>
public sealed record InvalidInput(string Message, Indicator? Indicator = null) : PluginResult;
