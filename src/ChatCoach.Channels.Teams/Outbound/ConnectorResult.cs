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

    public string Describe() => Error ?? $"{(int?)Status} {Truncate(Body)}";

    private static string Truncate(string? body) => body is null ? "" : body.Length <= 300 ? body : body[..300];
}
