using System.Diagnostics.Metrics;
using System.Net;
using ChatCoach.Domain.Inbound;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// Correctly signed Slack requests whose content cannot be read (issue 27, row 7): each is
/// acknowledged with 200 (Slack retries anything else), logged, counted, and not handled. On the
/// code before the fix every one of these but the last two answered 500.
/// </summary>
public sealed class MalformedInputTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private SlackBot _bot = null!;

    public async Task InitializeAsync() => _bot = await SlackBot.StartAsync(services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    public static TheoryData<string, string> JsonBodies() => new()
    {
        { "a repeated type", """{"type":"event_callback","type":"event_callback","team_id":"TACME","event_id":"Ev1","event":{"type":"app_mention","user":"UDANA","text":"<@UBOT> hi","ts":"1.1","channel":"C0SCORE"}}""" },
        { "a repeated key inside the event", """{"type":"event_callback","team_id":"TACME","event_id":"Ev2","event":{"type":"app_mention","type":"message","user":"UDANA","text":"hi","ts":"1.2","channel":"C0SCORE"}}""" },
        { "half a pair in the event id", """{"type":"event_callback","team_id":"TACME","event_id":"Ev\ud800","event":{"type":"app_mention","user":"UDANA","text":"hi","ts":"1.3","channel":"C0SCORE"}}""" },
        { "half a pair in a key", """{"ty\udc00pe":"event_callback","type":"event_callback","team_id":"TACME","event_id":"Ev4","event":{}}""" },
        { "a url_verification with half a pair", """{"type":"url_verification","token":"t","challenge":"abc\ud800"}""" },
        { "a url_verification with a repeated challenge", """{"type":"url_verification","challenge":"one","challenge":"two"}""" },
        { "half a pair in the text (read only later)", """{"type":"event_callback","team_id":"TACME","event_id":"Ev7","event":{"type":"app_mention","user":"UDANA","text":"<@UBOT> where \ud800","ts":"1.7","channel":"C0SCORE"}}""" },
    };

    [Theory]
    [MemberData(nameof(JsonBodies))]
    public async Task A_signed_events_api_body_that_cannot_be_read_is_acknowledged_logged_and_dropped(string why, string body)
    {
        var response = await _bot.PostJsonAsync(body);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{why}: {(int)response.StatusCode}");
        Assert.Equal(0, _bot.InboxRows());
        Assert.Contains(_logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Dropped a signed Slack request", StringComparison.Ordinal));
        AssertNoUnhandledException(_logs);
    }

    public static TheoryData<string, string> Forms() => new()
    {
        { "an interaction with a repeated type", "payload=" + Uri.EscapeDataString("""{"type":"block_actions","type":"view_submission","trigger_id":"t1","user":{"id":"UDANA"}}""") },
        { "an interaction with half a pair in its trigger", "payload=" + Uri.EscapeDataString("""{"type":"block_actions","trigger_id":"t\ud8002","user":{"id":"UDANA"}}""") },
        { "an interaction with half a pair in a value read only later", "payload=" + Uri.EscapeDataString("""{"type":"view_submission","trigger_id":"t3","user":{"id":"UDANA"},"view":{"private_metadata":"\udfff"}}""") },
        { "a command with its trigger given twice", "command=%2Fcoach&text=hi&team_id=TACME&user_id=UDANA&channel_id=C0SCORE&trigger_id=a&trigger_id=b" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_signed_form_that_cannot_be_read_is_acknowledged_logged_and_dropped(string why, string body)
    {
        var response = await _bot.PostFormAsync(body);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{why}: {(int)response.StatusCode}");
        Assert.Equal(0, _bot.InboxRows());
        AssertNoUnhandledException(_logs);
    }

    [Fact]
    public async Task A_chunked_body_of_ten_megabytes_is_refused_with_413()
    {
        var status = await ChunkedUpload.StatusAsync(_bot.Server.Http.BaseAddress!, "/slack/events", 10 * 1024 * 1024);

        Assert.Equal("413", status);
        AssertNoUnhandledException(_logs);
    }

    [Fact]
    public async Task A_dropped_body_is_counted_by_reason()
    {
        using var listener = new MeterListener();
        long repeated = 0;
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == DroppedInput.InstrumentName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "reason" && (string?)t.Value == nameof(MalformedInput.RepeatedKey)))
            {
                Interlocked.Add(ref repeated, value);
            }
        });
        listener.Start();

        await _bot.PostJsonAsync("""{"type":"event_callback","event_id":"E","event_id":"F","event":{}}""");

        Assert.True(Interlocked.Read(ref repeated) >= 1);
    }

    [Fact]
    public async Task A_readable_mention_after_the_dropped_ones_is_still_answered()
    {
        await _bot.PostJsonAsync("""{"type":"event_callback","event_id":"E","event_id":"F","event":{}}""");
        var response = await _bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _bot.Slack.WaitForCallAsync("chat.postMessage");
        Assert.Equal(1, _bot.InboxRows());
    }

    /// <summary>What ASP.NET Core logs for an exception that escaped an endpoint (the 500s), or an endpoint's own error line.</summary>
    internal static void AssertNoUnhandledException(CapturedLogs logs) =>
        Assert.DoesNotContain(logs.Lines, l => (l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
            && (l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) || l.Contains("Endpoint", StringComparison.Ordinal)));
}
