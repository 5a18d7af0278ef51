namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// A write the bot has asked about and not yet done: the kernel function and the arguments it will
/// be called with, already resolved (the indicator's key, the value as it will be stored, the month
/// as YYYY-MM). A "yes" from the same person runs exactly this — the question is never parsed back.
/// </summary>
/// <param name="Caller">The person asked: only their "yes" runs it, with their own access.</param>
public sealed record PendingWrite(string Plugin, string Function, IReadOnlyDictionary<string, string?> Arguments, string Question, string Caller);
