using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Inbound;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Inbound;

/// <summary>
/// Posts a reply and then its pictures and files as files into the same conversation and thread.
/// A picture that cannot be uploaded is replaced by its alt text, a file by a sentence saying where
/// else to get it, so the already-posted text is never posted twice by a retry.
/// </summary>
public sealed class SlackPictures(SlackWebApi slack, SlackFileUpload upload, SlackAnswerMarks marks, ILogger<SlackPictures> logger)
{
    /// <param name="team">The Slack team whose token posts (null: the configured token's workspace).</param>
    public async Task PostAsync(string? team, string channel, Reply reply, string? threadTs, CancellationToken cancellationToken)
    {
        if (await marks.AlreadyPostedAsync(team, channel, threadTs, cancellationToken))
        {
            return;
        }
        var ts = await slack.For(team).Chat.PostMessageAsync(channel, BlockKitRenderer.Render(reply), threadTs, cancellationToken,
            SlackAnswerMarks.For(InboxDelivery.Handling));
        // In a channel the pictures belong under the answer; in a DM answered in place, beside it.
        await UploadAllAsync(team, channel, threadTs ?? (channel.StartsWith('D') ? null : ts), reply, cancellationToken);
    }

    public async Task UploadAllAsync(string? team, string channel, string? threadTs, Reply reply, CancellationToken cancellationToken)
    {
        foreach (var picture in reply.Parts.OfType<Picture>())
        {
            try
            {
                await upload.UploadAsync(new SlackFile(picture.Png, picture.FileName, "image/png", picture.Title, picture.AltText), channel, threadTs, cancellationToken, team);
            }
            catch (Exception e) when (e is SlackApiException or HttpRequestException)
            {
                logger.LogWarning("Slack refused the picture {File} for {Channel}: {Error}", picture.FileName, channel, e.Message);
                var words = Reply.Text($"I couldn't attach the picture ({picture.Title}). In words: {picture.AltText}", Tone.Warning);
                await slack.For(team).Chat.PostMessageAsync(channel, BlockKitRenderer.Render(words), threadTs, cancellationToken);
            }
        }
        foreach (var file in reply.Parts.OfType<FileAttachment>())
        {
            try
            {
                await upload.UploadAsync(new SlackFile(file.Bytes, file.FileName, file.ContentType, file.Title), channel, threadTs, cancellationToken, team);
            }
            catch (Exception e) when (e is SlackApiException or HttpRequestException)
            {
                logger.LogWarning("Slack refused the file {File} for {Channel}: {Error}", file.FileName, channel, e.Message);
                await slack.For(team).Chat.PostMessageAsync(channel, BlockKitRenderer.Render(Refused(file, e)), threadTs, cancellationToken);
            }
        }
    }

    /// <summary>A refused upload in words: missing_scope means an install from before the app asked for files:write.</summary>
    private static Reply Refused(FileAttachment file, Exception e) => Reply.Text(
        (e is SlackApiException { Error: "missing_scope" }
            ? $"I couldn't attach {file.FileName}: this workspace's install of the app may not send files (it lacks the files:write permission; reinstalling the app grants it). "
            : $"I couldn't attach {file.FileName}: Slack refused the upload. ") + file.Unsent,
        Tone.Warning);
}
