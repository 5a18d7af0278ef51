using System.Net;

namespace ChatCoach.Channels.Teams.Outbound;

/// <summary>How a connector call ended, after retries.</summary>
internal sealed record ConnectorResult(HttpStatusCode? Status, string? Body, string? Error = null)
{
    public bool Succeeded => Status is { } s && (int)s is >= 200 and < 300;

    /// <summary>
    /// 403 (BotNotInConversationRoster and friends), 404 (ConversationNotFound) and 413: retrying or
    /// resending will never work, so the stored conversation reference is marked unusable:
    /// https://learn.microsoft.com/microsoftteams/platform/bots/build-conversational-capability#status-codes-from-bot-conversational-apis
    /// </summary>
    public bool ReferenceUnusable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.RequestEntityTooLarge;

    /// <summary>The connector was unreachable, throttling (429, 412) or failing (5xx): the same call may work later.</summary>
    public bool Transient =>
        Status is null && Error?.StartsWith(UnreachablePrefix, StringComparison.Ordinal) == true
        || Status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        || (int?)Status >= 500;

    /// <summary>The connector's own Retry-After on the last answer, as it said it (not capped).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public const string UnreachablePrefix = "connector unreachable";

    public string Describe() => Error ?? $"{(int?)Status} {Truncate(Body)}";

    private static string Truncate(string? body) => body is null ? "" : body.Length <= 300 ? body : body[..300];
}
