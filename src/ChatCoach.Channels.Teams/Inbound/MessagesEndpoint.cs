using System.Security.Cryptography;
using System.Text;
using ChatCoach.Channels.Teams.Auth;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>
/// POST /api/messages: size limit → authenticate → find the delivery id → store in the inbox →
/// acknowledge. Teams retries after about 15 s without an answer, so the coach is never called here
/// except for invokes, which must be answered in the response.
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-concepts
/// </summary>
internal sealed class MessagesEndpoint(
    BotConnectorTokenValidator validator,
    LocalPlaygroundGate playground,
    TrustedServiceUrls trusted,
    IInbox inbox,
    InvokeResponder invokes,
    IOptions<TeamsOptions> options,
    TimeProvider clock,
    ILogger<MessagesEndpoint> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        try
        {
            return await HandleActivityAsync(http, http.RequestAborted);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Signing keys unreachable, storage down, the coach failing an invoke: not the caller's
            // fault and never a 500 with details. 503 lets the Bot Connector redeliver.
            logger.LogError(e, "Could not take an activity on /api/messages");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
    }

    private async Task<IResult> HandleActivityAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(http.Request, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        if (WellFormedJson.Check(body) is var problem and not MalformedInput.None)
        {
            // Refused before the token is looked at, so this says nothing about who sent it. The Bot
            // Connector does not redeliver on a 4xx.
            logger.LogWarning("Refused a request to /api/messages with 400: {Problem}", problem);
            return Results.BadRequest();
        }
        var activity = ActivityJson.TryParse(body);
        if (activity?.Type is null || activity.ServiceUrl is null)
        {
            logger.LogWarning("Refused a request to /api/messages: not an activity");
            return Results.BadRequest();
        }
        if (!await AuthenticatedAsync(http, activity, cancellationToken))
        {
            return Results.Unauthorized();
        }
        if (!options.Value.AdmitsTenant(activity.TenantId))
        {
            // Checked after the token, so only a genuine activity from a tenant that is not on the list gets here.
            logger.LogWarning("Refused activity {ActivityId} with 403: tenant {Tenant} is not in {Section}:AllowedTenants",
                activity.Id, activity.TenantId ?? "(none)", TeamsOptions.Section);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }
        trusted.Trust(activity.ServiceUrl);
        return await AcceptAsync(activity, body, cancellationToken);
    }

    private async Task<bool> AuthenticatedAsync(HttpContext http, Activity activity, CancellationToken cancellationToken)
    {
        string? authorization = http.Request.Headers.Authorization;
        if (authorization is null && playground.Admits(http.Connection.RemoteIpAddress, activity.ServiceUrl))
        {
            return true;
        }
        var reason = await validator.RejectReasonAsync(authorization, activity.ServiceUrl, activity.ChannelId, cancellationToken);
        if (reason is not null)
        {
            logger.LogWarning("Refused activity {ActivityId} with 401: {Reason}", activity.Id, reason);
        }
        return reason is null;
    }

    private async Task<IResult> AcceptAsync(Activity activity, string body, CancellationToken cancellationToken)
    {
        var inbound = new InboundEvent(TeamsInboundHandler.SourceName, DeliveryId(activity, body), body, clock.GetUtcNow());
        using var receive = InboundTracing.StartDelivery("teams.receive", inbound.Source, inbound.DeliveryId);
        // Not acknowledged until stored: if this throws, the 503 makes the connector redeliver.
        var outcome = await inbox.AcceptAsync(inbound, cancellationToken);
        if (activity.Type != ActivityTypes.Invoke)
        {
            return Results.Ok();
        }
        var response = outcome == AcceptOutcome.Duplicate ? InvokeResponder.AlreadyDone : await invokes.RespondAsync(activity, cancellationToken);
        return Results.Content(response.ToJsonString(ActivityJson.Options), "application/json", Encoding.UTF8, StatusCodes.Status200OK);
    }

    /// <summary>
    /// Activity ids are unique within a conversation, so the key is scoped by it. An activity without
    /// an id (never seen from Teams) is keyed by its content, so a redelivery is still caught.
    /// </summary>
    internal static string DeliveryId(Activity activity, string body)
    {
        var id = activity.Id ?? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        return $"{activity.Conversation?.Id}|{id}";
    }
}

internal static class RequestBody
{
    /// <summary>The body as text, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<string?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A chunked body (no Content-Length) that runs past the server's own limit (ServeCommand)
            // is stopped by Kestrel before this loop sees it: the same 413, not a 503 asking for it again.
            return null;
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
