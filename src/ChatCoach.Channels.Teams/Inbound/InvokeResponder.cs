using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Inbound;

/// <summary>
/// Answers an <c>adaptiveCard/action</c> invoke (Action.Execute) inside the HTTP response with the
/// updated card, as Universal Actions require:
/// https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views#invoke-response
/// </summary>
internal sealed class InvokeResponder(TeamsTurns turns, ILogger<InvokeResponder> logger)
{
    public static JsonObject AlreadyDone { get; } = MessageResponse("Already done.");

    /// <summary>
    /// A file-consent answer needs no content in its response, only the 200; the upload and what
    /// the person sees next happen in the inbox processor, so a slow upload never holds up Teams.
    /// </summary>
    public static JsonObject FileConsentTaken { get; } = new() { ["statusCode"] = 200 };

    public async Task<JsonObject> RespondAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name == ActivityTypes.FileConsentInvoke)
        {
            return FileConsentTaken;
        }
        if (activity.Name != ActivityTypes.AdaptiveCardActionInvoke)
        {
            logger.LogInformation("Ignored invoke {Name}", activity.Name);
            return new JsonObject();
        }
        var turn = TeamsTurns.TurnOf(activity);
        var answer = CardSubmission.Read(ActionData(activity.Value));
        if (turn is null || answer is null)
        {
            return MessageResponse("That button is not one of mine any more.");
        }
        Reply reply;
        try
        {
            reply = await turns.AnswerAsync(turn, answer, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The invoke is already recorded as seen; the person can simply press the button again.
            logger.LogError(e, "The coach failed to answer invoke {ActivityId}", activity.Id);
            return MessageResponse("Sorry, that did not work. Please try again.");
        }
        var names = await turns.NamesAsync(turn.Workspace, reply, cancellationToken);
        return new JsonObject
        {
            ["statusCode"] = 200,
            ["type"] = AdaptiveCardRenderer.ContentType,
            ["value"] = AdaptiveCardRenderer.Render(reply, names),
        };
    }

    /// <summary>
    /// value.action.data of an Action.Execute, or nothing when the invoke is not shaped like one
    /// (a value that is a string, an action that is a number): answered as a stale button, never a 5xx.
    /// </summary>
    private static JsonElement ActionData(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } v && v.TryGetProperty("action", out var action)
            && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
            ? data
            : default;

    private static JsonObject MessageResponse(string text) => new()
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    };
}
