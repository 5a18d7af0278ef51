using System.Buffers;
using System.Text;
using ChatCoach.Domain.Inbound;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// POST /slack/events — the one Request URL for Events API callbacks, slash commands and
/// interactivity, as Bolt does. Verify, store in the inbox, acknowledge; the work happens later in
/// <see cref="SlackInboundHandler"/>, so the answer to Slack never waits for it (Slack wants one
/// within 3 seconds: https://api.slack.com/apis/connections/events-api#responding).
/// </summary>
public sealed class SlackEventsEndpoint(IOptions<SlackOptions> options, IInbox inbox, TimeProvider clock, ILogger<SlackEventsEndpoint> logger)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        var check = SlackSignature.Verify(options.Value.SigningSecret ?? "", Header(context, "X-Slack-Request-Timestamp"),
            Header(context, "X-Slack-Signature"), body, clock.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Refused a Slack request from {Remote}: signature {Check}", context.Connection.RemoteIpAddress, check);
            return Results.Unauthorized();
        }
        var delivery = SlackDelivery.FromHttp(context.Request.ContentType, Encoding.UTF8.GetString(body));
        return await AcknowledgeAsync(delivery, Header(context, "X-Slack-Retry-Num"), context.RequestAborted);
    }

    public async Task<IResult> AcknowledgeAsync(SlackDelivery delivery, string? retryNum, CancellationToken cancellationToken)
    {
        switch (delivery.Kind)
        {
            case SlackDeliveryKind.UrlVerification:
                return Results.Json(new { challenge = delivery.Challenge });
            case SlackDeliveryKind.Unreadable:
                return Dropped(delivery);
        }
        AcceptOutcome outcome;
        using var receive = InboundTracing.StartDelivery("slack.receive", SlackDelivery.Source, delivery.DeliveryId!);
        try
        {
            outcome = await inbox.AcceptAsync(new InboundEvent(SlackDelivery.Source, delivery.DeliveryId!, delivery.ToPayload(), clock.GetUtcNow()), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: Slack will deliver it again.
            logger.LogError(e, "Could not store Slack delivery {DeliveryId}", delivery.DeliveryId);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        if (outcome == AcceptOutcome.Duplicate)
        {
            logger.LogInformation("Slack re-delivered {DeliveryId} (retry {Retry}); already handled", delivery.DeliveryId, retryNum ?? "none");
        }
        return delivery.Kind == SlackDeliveryKind.Command ? Results.Json(SlackAcks.CommandAck) : Results.Ok();
    }

    /// <summary>
    /// Signed by Slack but not a shape we know, or not readable at all (a repeated key, half a
    /// surrogate pair): acknowledged, so Slack does not retry it (it retries any other answer, and
    /// switches off an app's events when too many fail), logged and counted, and not handled.
    /// </summary>
    private IResult Dropped(SlackDelivery delivery)
    {
        if (delivery.Problem == MalformedInput.None)
        {
            logger.LogInformation("Ignored a Slack request of an unknown shape");
            DroppedInput.Count(SlackDelivery.Source, "unknown_shape");
        }
        else
        {
            logger.LogWarning("Dropped a signed Slack request that could not be read: {Problem}", delivery.Problem);
            DroppedInput.Count(SlackDelivery.Source, delivery.Problem.ToString());
        }
        return Results.Ok();
    }

    /// <summary>The raw bytes (the signature covers them exactly), or null when over the limit.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        // Slack always says how long the body is: read it into an array of that size, once. Only a
        // body without a length goes through a growing buffer and a borrowed chunk.
        return request.ContentLength is { } length
            ? await ReadExactlyAsync(request, (int)length)
            : await ReadToEndAsync(request);
    }

    private static async Task<byte[]> ReadExactlyAsync(HttpRequest request, int length)
    {
        // The server stops the body at its Content-Length; one that ends early is cut short, and an
        // empty body then fails the signature check like any other altered request.
        var body = new byte[length];
        try
        {
            await request.Body.ReadExactlyAsync(body, request.HttpContext.RequestAborted);
            return body;
        }
        catch (EndOfStreamException)
        {
            return [];
        }
    }

    private static async Task<byte[]?> ReadToEndAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without a length that runs past the server's own limit (ServeCommand): the same 413.
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static string? Header(HttpContext context, string name) =>
        context.Request.Headers.TryGetValue(name, out var value) ? value.ToString() : null;
}

/// <summary>What Slack is told at once while the answer is being worked out.</summary>
public static class SlackAcks
{
    /// <summary>A slash command's immediate, ephemeral reply (https://api.slack.com/interactivity/slash-commands#responding_to_commands).</summary>
    public static readonly object CommandAck = new { response_type = "ephemeral", text = "On it — the answer follows in a moment." };
}
