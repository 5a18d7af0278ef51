using System.Text;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackFileUploadTests : IAsyncLifetime
{
    private FakeSlackApi _slack = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlackApi.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _slack.DisposeAsync();
    }

    private SlackFileUpload Upload() => new(new SlackWebApi(_http,
        Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiUrl }), TimeProvider.System, NullLogger<SlackWebApi>.Instance), _http);

    [Fact]
    public async Task A_file_is_shared_by_asking_for_an_upload_url_sending_the_bytes_there_and_completing_in_the_channel()
    {
        var csv = "workspace,indicator_key\r\nslack:T1,win-rate-non-price\r\n";

        var fileId = await Upload().ShareAsync(new SlackFile("scoreboard.csv", Encoding.UTF8.GetBytes(csv), Comment: "The scoreboard's values"), "C1", "1800000000.000001", CancellationToken.None);

        Assert.Equal(["files.getUploadURLExternal", "upload", "files.completeUploadExternal"], _slack.Calls.Select(c => c.Method));
        var ticket = _slack.Calls[0];
        Assert.Equal(("scoreboard.csv", Encoding.UTF8.GetByteCount(csv).ToString(System.Globalization.CultureInfo.InvariantCulture), "Bearer xoxb-test"),
            (ticket.Body["filename"]!.ToString(), ticket.Body["length"]!.ToString(), ticket.Authorization));
        var upload = _slack.Calls[1];
        Assert.Equal((fileId, csv, "text/csv", ""), (upload.Body["file_id"]!.ToString(), upload.Body["content"]!.ToString(), upload.Body["content_type"]!.ToString(), upload.Authorization));
        var complete = _slack.Calls[2].Body;
        Assert.Equal((fileId, "scoreboard.csv", "C1", "The scoreboard's values", "1800000000.000001"),
            (complete["files"]![0]!["id"]!.ToString(), complete["files"]![0]!["title"]!.ToString(), complete["channel_id"]!.ToString(),
             complete["initial_comment"]!.ToString(), complete["thread_ts"]!.ToString()));
        Assert.Empty(_slack.CallsTo("files.upload"));
    }

    [Fact]
    public async Task A_refused_upload_url_stops_before_any_bytes_are_sent()
    {
        _slack.ScriptError("files.getUploadURLExternal", "missing_scope");

        var refused = await Assert.ThrowsAsync<SlackApiException>(() =>
            Upload().ShareAsync(new SlackFile("scoreboard.csv", [1, 2, 3]), "C1", null, CancellationToken.None));

        Assert.Contains("missing_scope", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["files.getUploadURLExternal"], _slack.Calls.Select(c => c.Method));
    }
}
