using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Shares a file in a conversation with Slack's external-upload flow (files.upload is retired):
/// files.getUploadURLExternal for an upload URL and file id, the bytes POSTed to that URL, then
/// files.completeUploadExternal to share the file in the channel. Needs the files:write scope.
/// https://docs.slack.dev/reference/methods/files.getUploadURLExternal
/// https://docs.slack.dev/reference/methods/files.completeUploadExternal
/// </summary>
public sealed class SlackFileUpload(SlackWebApi api, HttpClient http)
{
    /// <returns>The shared file's id.</returns>
    public async Task<string> ShareAsync(SlackFile file, string channel, string? threadTs, CancellationToken cancellationToken)
    {
        var ticket = await api.CallAsync("files.getUploadURLExternal",
            new JsonObject { ["filename"] = file.Name, ["length"] = file.Content.Length }, cancellationToken);
        var uploadUrl = ticket.GetProperty("upload_url").GetString()!;
        var fileId = ticket.GetProperty("file_id").GetString()!;
        await SendBytesAsync(uploadUrl, file, cancellationToken);
        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.Title ?? file.Name }),
            ["channel_id"] = channel,
        };
        if (file.Comment is { } comment)
        {
            complete["initial_comment"] = comment;
        }
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }
        await api.CallAsync("files.completeUploadExternal", complete, cancellationToken);
        return fileId;
    }

    /// <summary>The upload URL is already authorised for this one file: it takes the raw bytes, no token.</summary>
    private async Task SendBytesAsync(string uploadUrl, SlackFile file, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(file.Content);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        using var response = await http.PostAsync(new Uri(uploadUrl), content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Slack's upload URL answered HTTP {(int)response.StatusCode} for {file.Name}.", null, response.StatusCode);
        }
    }
}

/// <summary>A file to share: its name, bytes and media type, and optionally a title and a message to go with it.</summary>
public sealed record SlackFile(string Name, byte[] Content, string ContentType = "text/csv", string? Title = null, string? Comment = null);
