using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.WebApi;

/// <summary>
/// Slack's external file upload, the flow that replaced the retired files.upload:
/// files.getUploadURLExternal for a URL and file id, the bytes POSTed to that URL, then
/// files.completeUploadExternal to share the file into a channel (and thread).
/// https://docs.slack.dev/reference/methods/files.getUploadURLExternal
/// https://docs.slack.dev/reference/methods/files.completeUploadExternal
/// Needs the files:write scope. Web API errors come as <see cref="SlackApiException"/> (429s are
/// waited out by <see cref="SlackWebApi"/>); an upload POST that is not a 200 as <see cref="HttpRequestException"/>.
/// </summary>
public sealed class SlackFileUpload(HttpClient http, SlackWebApi api, IOptions<SlackOptions> options)
{
    /// <returns>The id of the shared file.</returns>
    /// <param name="team">The Slack team whose token uploads (null: the configured token's workspace).</param>
    public async Task<string> UploadAsync(SlackFile file, string channel, string? threadTs, CancellationToken cancellationToken, string? team = null)
    {
        var arguments = new JsonObject { ["filename"] = file.FileName, ["length"] = file.Bytes.Length };
        if (file.AltText is { Length: > 0 } alt)
        {
            arguments["alt_txt"] = alt;
        }
        var ticket = await api.CallForTeamAsync(team, "files.getUploadURLExternal", arguments, cancellationToken);
        var fileId = ticket.GetProperty("file_id").GetString()!;
        await PostBytesAsync(new Uri(ticket.GetProperty("upload_url").GetString()!), file, cancellationToken);
        var complete = new JsonObject
        {
            ["files"] = new JsonArray(new JsonObject { ["id"] = fileId, ["title"] = file.Title ?? file.FileName }),
            ["channel_id"] = channel,
        };
        if (threadTs is not null)
        {
            complete["thread_ts"] = threadTs;
        }
        await api.CallForTeamAsync(team, "files.completeUploadExternal", complete, cancellationToken);
        return fileId;
    }

    private async Task PostBytesAsync(Uri uploadUrl, SlackFile file, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = new ByteArrayContent(file.Bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.BotToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Slack's upload URL answered HTTP {(int)response.StatusCode}.", null, response.StatusCode);
        }
    }
}

/// <summary>A file to upload: its bytes, name, MIME type, and for images the alt text screen readers read.</summary>
public sealed record SlackFile(byte[] Bytes, string FileName, string ContentType, string? Title = null, string? AltText = null);
