using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlackFileUploadTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
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

    private SlackFileUpload Upload()
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-test", ApiBaseUrl = _slack.ApiUrl });
        var api = new SlackWebApi(_http, options, TimeProvider.System, NullLogger<SlackWebApi>.Instance) { RateLimitFallback = TimeSpan.FromMilliseconds(20) };
        return new SlackFileUpload(_http, api, options);
    }

    private static SlackFile Chart => new(Png, "cost-per-qualified-opp.png", "image/png", "Cost per qualified opportunity", "Line chart of Cost per qualified opportunity: Oct 2026 $412.");

    [Fact]
    public async Task The_file_is_announced_uploaded_and_shared_into_the_thread()
    {
        var fileId = await Upload().UploadAsync(Chart, "C1", "1700000000.000100", CancellationToken.None);

        Assert.Equal(["files.getUploadURLExternal", "upload", "files.completeUploadExternal"], _slack.Calls.Select(c => c.Method));
        var ticket = _slack.CallsTo("files.getUploadURLExternal").Single().Body;
        Assert.Equal(("cost-per-qualified-opp.png", Png.Length, "Line chart of Cost per qualified opportunity: Oct 2026 $412."),
            (ticket["filename"]!.ToString(), (int)ticket["length"]!, ticket["alt_txt"]!.ToString()));
        Assert.Equal(Png, _slack.Uploads[fileId].Bytes);
        Assert.Equal("image/png", _slack.Uploads[fileId].ContentType);
        var complete = _slack.CallsTo("files.completeUploadExternal").Single().Body;
        Assert.Equal((fileId, "Cost per qualified opportunity", "C1", "1700000000.000100"),
            (complete["files"]![0]!["id"]!.ToString(), complete["files"]![0]!["title"]!.ToString(), complete["channel_id"]!.ToString(), complete["thread_ts"]!.ToString()));
        Assert.DoesNotContain(_slack.Calls, c => c.Method == "files.upload");
    }

    [Fact]
    public async Task Without_a_thread_the_file_is_shared_into_the_channel()
    {
        await Upload().UploadAsync(Chart, "D1", null, CancellationToken.None);

        Assert.Null(_slack.CallsTo("files.completeUploadExternal").Single().Body["thread_ts"]);
    }

    [Fact]
    public async Task A_refused_upload_url_stops_before_any_bytes_are_sent()
    {
        _slack.ScriptError("files.getUploadURLExternal", "file_uploads_disabled");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Upload().UploadAsync(Chart, "C1", null, CancellationToken.None));

        Assert.Equal("file_uploads_disabled", error.Error);
        Assert.Equal(["files.getUploadURLExternal"], _slack.Calls.Select(c => c.Method));
    }

    [Fact]
    public async Task An_upload_post_that_is_not_a_200_fails_and_nothing_is_shared()
    {
        _slack.Script("upload", context =>
        {
            context.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Upload().UploadAsync(Chart, "C1", null, CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Empty(_slack.CallsTo("files.completeUploadExternal"));
    }

    [Fact]
    public async Task A_refused_completion_surfaces_slacks_error()
    {
        _slack.ScriptError("files.completeUploadExternal", "not_in_channel");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => Upload().UploadAsync(Chart, "C9", null, CancellationToken.None));

        Assert.Equal(("files.completeUploadExternal", "not_in_channel"), (error.Method, error.Error));
    }

    [Fact]
    public async Task A_429_with_retry_after_on_the_upload_url_request_is_waited_out()
    {
        _slack.Script("files.getUploadURLExternal", context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            return Task.CompletedTask;
        });

        var fileId = await Upload().UploadAsync(Chart, "C1", null, CancellationToken.None);

        Assert.Equal(2, _slack.CallsTo("files.getUploadURLExternal").Count());
        Assert.Equal(Png, _slack.Uploads[fileId].Bytes);
    }
}
