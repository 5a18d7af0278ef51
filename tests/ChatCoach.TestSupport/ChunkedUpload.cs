using System.Net.Sockets;
using System.Text;

namespace ChatCoach.TestSupport;

/// <summary>
/// A POST with Transfer-Encoding: chunked (no Content-Length, so the server cannot refuse it up front),
/// written over a raw socket: a server that answers 413 part-way closes the connection while the
/// client is still sending, which HttpClient reports as a broken pipe instead of the answer. This
/// stops sending as soon as the answer has arrived, and returns its status code.
/// </summary>
public static class ChunkedUpload
{
    private const int ChunkBytes = 64 * 1024;

    /// <param name="authorization">An Authorization header value, for endpoints that check it before reading the body.</param>
    public static async Task<string> StatusAsync(Uri server, string path, int totalBytes, string? authorization = null)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/json\r\n"
            + (authorization is null ? "" : $"Authorization: {authorization}\r\n") + "Transfer-Encoding: chunked\r\n\r\n"));
        var chunk = Encoding.ASCII.GetBytes($"{ChunkBytes:x}\r\n{new string('a', ChunkBytes)}\r\n");
        try
        {
            for (var sent = 0; sent < totalBytes && !client.Client.Poll(0, SelectMode.SelectRead); sent += ChunkBytes)
            {
                await stream.WriteAsync(chunk);
            }
            if (!client.Client.Poll(0, SelectMode.SelectRead))
            {
                await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
            }
        }
        catch (IOException)
        {
            // The server stopped listening; its answer is already on its way.
        }
        var head = new byte[64];
        var read = await stream.ReadAtLeastAsync(head, 12, throwOnEndOfStream: false);
        var line = Encoding.ASCII.GetString(head, 0, read);
        return line.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? line[9..12] : $"no answer: '{line}'";
    }
}
