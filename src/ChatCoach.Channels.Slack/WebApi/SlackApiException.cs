namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack answered <c>ok: false</c> (or gave up after rate limiting): <see cref="Error"/> is Slack's
/// own error code, e.g. <c>channel_not_found</c>, <c>invalid_auth</c>, <c>ratelimited</c>.
/// https://api.slack.com/web#evaluating_responses
/// </summary>
public sealed class SlackApiException(string method, string error) : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    /// <summary>Errors that retrying cannot fix: the person, channel or token is gone or not allowed.</summary>
    public bool IsPermanent => Error is "user_not_found" or "account_inactive" or "channel_not_found" or "not_in_channel"
        or "is_archived" or "user_disabled" or "cannot_dm_bot" or "invalid_auth" or "not_authed" or "token_revoked"
        or "missing_scope" or "messages_tab_disabled" or "restricted_action";

    /// <summary>Errors that mean the token itself is unusable.</summary>
    public bool IsAuthError => Error is "invalid_auth" or "not_authed" or "token_revoked" or "account_inactive" or "token_expired" or "not_allowed_token_type";
}
