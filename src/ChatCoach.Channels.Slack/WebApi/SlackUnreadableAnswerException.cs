namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack's Web API answered 200 with something that is not its answer: HTML from a proxy or an error
/// page, or JSON without a true/false "ok". Not a refusal (that is <see cref="SlackApiException"/>) but
/// a broken exchange, so it is an <see cref="HttpRequestException"/>: whoever treats a network failure
/// as passing treats this one alike.
/// </summary>
public sealed class SlackUnreadableAnswerException(string method, Exception? inner = null)
    : HttpRequestException($"Slack {method} answered with something that is not a Web API answer.", inner)
{
    public string Method { get; } = method;
}
