using System.Text.Json;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Inbound;
using ChatCoach.Channels.Teams.Outbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Files;

/// <summary>
/// The person's answer to a consent card (a <c>fileConsent/invoke</c>, already authenticated and
/// acknowledged). The offer is taken from the store first, accepted or declined alike, so no answer
/// can be used twice; on accept the bytes go to the upload URL and the file is shown with a
/// file-info card. Every other outcome is a sentence in the conversation.
/// </summary>
internal sealed class FileConsentAnswers(
    IPendingFileStore pending,
    FileUpload upload,
    ConnectorClient connector,
    TimeProvider clock,
    ILogger<FileConsentAnswers> logger)
{
    public async Task AnswerAsync(Activity activity, CancellationToken cancellationToken)
    {
        var answer = Read(activity.Value);
        var turn = TeamsTurns.TurnOf(activity);
        var file = turn is null || answer?.Context?.Offer is not { Length: > 0 } offer ? null
            : await pending.TryConsumeAsync(new PendingFileClaim(offer, turn.Workspace, turn.ConversationId, turn.Caller), clock.GetUtcNow(), cancellationToken);
        if (file is null)
        {
            logger.LogInformation("File consent {ActivityId} named no offer open to its sender", activity.Id);
            await SayAsync(activity, NotOffered, cancellationToken);
            return;
        }
        if (answer!.Action != FileConsentTypes.Accept)
        {
            await SayAsync(activity, Declined(file), cancellationToken);
            return;
        }
        await DeliverAsync(activity, file, answer.UploadInfo, cancellationToken);
    }

    private async Task DeliverAsync(Activity activity, PendingFile file, FileUploadInfo? info, CancellationToken cancellationToken)
    {
        var failure = await upload.PutAsync(info?.UploadUrl, file.Bytes, cancellationToken);
        if (failure is not null)
        {
            logger.LogWarning("Could not upload {File} for conversation {ConversationId}: {Failure}", file.FileName, file.ConversationId, failure);
            await SayAsync(activity, UploadFailed(file), cancellationToken);
            return;
        }
        var shown = new Activity { Type = ActivityTypes.Message, Attachments = [FileCards.Info(info!)] };
        await SendAsync(activity, shown, cancellationToken);
    }

    private Task SayAsync(Activity activity, Reply words, CancellationToken cancellationToken) =>
        SendAsync(activity, ReplyRenderer.Message(words, PeopleNames.None), cancellationToken);

    private async Task SendAsync(Activity activity, Activity message, CancellationToken cancellationToken)
    {
        var result = await connector.SendToConversationAsync(activity.ServiceUrl!, activity.Conversation!.Id!, message, cancellationToken);
        if (!result.Succeeded)
        {
            logger.LogWarning("Answer to file consent {ActivityId} failed: {Detail}", activity.Id, result.Describe());
        }
    }

    private static FileConsentAnswer? Read(JsonElement? value)
    {
        try
        {
            return value is { ValueKind: JsonValueKind.Object } v ? v.Deserialize<FileConsentAnswer>(ActivityJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Reply NotOffered { get; } = Reply.Text(
        "That file offer is no longer open: it was already answered, it expired (offers last 24 hours), or it was made to someone else. Ask me again for a fresh one.",
        Tone.Warning);

    private static Reply Declined(PendingFile file) => Reply.Text($"No problem, I won't send {file.FileName}.");

    private static Reply UploadFailed(PendingFile file) => Reply.Text(
        $"I couldn't upload {file.FileName} to your OneDrive: the upload failed. {file.Unsent}", Tone.Warning);
}
