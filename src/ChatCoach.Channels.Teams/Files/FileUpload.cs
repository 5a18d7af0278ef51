using System.Net.Http.Headers;

namespace ChatCoach.Channels.Teams.Files;

/// <summary>
/// Puts an accepted file's bytes at the upload URL Teams gave in the answer, in one range covering
/// the whole file (Content-Range: bytes 0-(n-1)/n), as the file-consent flow asks:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4#upload-the-file
/// The URL is a pre-authorised upload session in the person's OneDrive: the bot's own token is never
/// sent there.
/// </summary>
internal sealed class FileUpload(IHttpClientFactory httpClients)
{
    public const string HttpClientName = "ChatCoach.Teams.FileUpload";

    /// <returns>Null when stored; otherwise why not, for the log.</returns>
    public async Task<string?> PutAsync(string? uploadUrl, byte[] bytes, CancellationToken cancellationToken)
    {
        if (Acceptable(uploadUrl) is not { } uri)
        {
            // The URL itself is a pre-authorised upload session: never written to the log.
            return "the upload URL is not an https URL";
        }
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentLength = bytes.LongLength;
        content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.LongLength - 1, bytes.LongLength);
        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = content };
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"the upload URL answered {(int)response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return $"the upload URL was unreachable: {e.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "the upload timed out";
        }
    }

    // Plain http only to loopback, where the local fakes and tools live; anything else is https.
    private static Uri? Acceptable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri
            : null;
}
