using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Slack.Inbound;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.SocketMode;

/// <summary>
/// Socket Mode: instead of Slack calling our Request URL, we open a WebSocket to Slack
/// (apps.connections.open with the app-level token) and receive the same payloads as envelopes,
/// each acknowledged by its envelope_id. https://api.slack.com/apis/connections/socket
/// </summary>
public sealed class SlackSocketMode(
    IOptions<SlackOptions> options,
    SlackWebApi slack,
    SlackEventsEndpoint endpoint,
    TimeProvider clock,
    ILogger<SlackSocketMode> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>Connections opened so far (tests read it to see a reconnect).</summary>
    public int Connections { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var url = await slack.Apps.OpenConnectionAsync(options.Value.AppToken!, stoppingToken);
                Connections++;
                var clean = await RunConnectionAsync(url, stoppingToken);
                failures = clean ? 0 : failures + 1;
            }
            catch (SlackApiException e) when (e.IsAuthError)
            {
                logger.LogError("Socket Mode stopped: Slack refused the app token ({Error}). Fix ChatCoach:Slack:AppToken and restart.", e.Error);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                failures++;
                logger.LogWarning("Socket Mode connection failed ({Message}); reconnecting", e.Message);
            }
            if (failures > 0 && !stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Backoff(failures), clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    private static TimeSpan Backoff(int failures) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failures, 10))));

    /// <returns>True when Slack asked us to reconnect (a clean hand-over), false when the connection dropped.</returns>
    private async Task<bool> RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, stoppingToken);
        while (socket.State == WebSocketState.Open && !stoppingToken.IsCancellationRequested)
        {
            var message = await ReceiveAsync(socket, stoppingToken);
            if (message is null)
            {
                return false;
            }
            if (await HandleEnvelopeAsync(socket, message, stoppingToken) == EnvelopeOutcome.Reconnect)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", CancellationToken.None);
                return true;
            }
        }
        return false;
    }

    private enum EnvelopeOutcome
    {
        Continue,
        Reconnect,
    }

    private async Task<EnvelopeOutcome> HandleEnvelopeAsync(ClientWebSocket socket, JsonObject envelope, CancellationToken stoppingToken)
    {
        var type = SlackDelivery.Text(envelope, "type");
        if (type == "disconnect")
        {
            logger.LogInformation("Slack asked for a reconnect ({Reason})", SlackDelivery.Text(envelope, "reason"));
            return EnvelopeOutcome.Reconnect;
        }
        if (type == "hello" || SlackDelivery.Text(envelope, "envelope_id") is not { } envelopeId)
        {
            return EnvelopeOutcome.Continue;
        }
        var payload = envelope["payload"] as JsonObject;
        var delivery = type switch
        {
            "events_api" => SlackDelivery.FromEventJson(payload),
            "slash_commands" => SlackDelivery.FromCommand(payload),
            "interactive" => SlackDelivery.FromInteraction(payload),
            _ => SlackDelivery.Unreadable,
        };
        // Stored first, acknowledged second: the same promise as over HTTP.
        await endpoint.AcknowledgeAsync(delivery, envelope["retry_attempt"]?.ToString(), stoppingToken);
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (delivery.Kind == SlackDeliveryKind.Command)
        {
            ack["payload"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(SlackAcks.CommandAck));
        }
        await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, stoppingToken);
        return EnvelopeOutcome.Continue;
    }

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken stoppingToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(chunk, stoppingToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > SlackEventsEndpoint.MaxBodyBytes)
            {
                return null;
            }
            if (result.EndOfMessage)
            {
                // An envelope that is not well-formed JSON is read as empty, so it is skipped like an unknown one.
                return WellFormedJson.TryParseObject(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), out _) ?? [];
            }
        }
    }
}
