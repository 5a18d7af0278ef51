using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// Activities with a valid token whose content is malformed (issue 27, row 7), against the real host
/// (its Kestrel limits included): a 4xx or a friendly invoke answer, never a 5xx. Before the fix the
/// invoke and the chunked body were 503, the repeated key and half pair slipped through or were 503.
/// </summary>
public sealed class MalformedActivityTests : IAsyncLifetime
{
    private readonly CapturedLogs _logs = new();
    private RealTeamsHost _host = null!;

    public async Task InitializeAsync() => _host = await RealTeamsHost.StartAsync(services => services.AddSingleton<ILoggerProvider>(_logs));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("\"x\"")]
    [InlineData("42")]
    [InlineData("[1,2]")]
    [InlineData("{\"action\":\"x\"}")]
    [InlineData("{\"action\":{\"data\":7}}")]
    public async Task An_adaptive_card_invoke_with_a_garbage_value_is_answered_as_a_stale_button(string value)
    {
        var invoke = _host.Activity("invoke-adaptivecard-action", "f:garbage");
        invoke["value"] = JsonNode.Parse(value);

        var (status, body) = await _host.PostForAnswerAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("That button is not one of mine any more.", JsonNode.Parse(body)!["value"]!.ToString());
        AssertNoErrors();
    }

    [Fact]
    public async Task A_chunked_body_of_ten_megabytes_is_refused_with_413()
    {
        var status = await ChunkedUpload.StatusAsync(_host.Server.Http.BaseAddress!, "/api/messages", 10 * 1024 * 1024);

        Assert.Equal("413", status);
        AssertNoErrors();
    }

    [Theory]
    [InlineData("a repeated type", "\"type\":\"message\",\"type\":\"invoke\",")]
    [InlineData("a repeated service url", "\"serviceUrl\":\"https://elsewhere.example/\",")]
    [InlineData("half a pair in the text", "\"text\":\"where \\ud800 stand\",")]
    [InlineData("half a pair in a key", "\"te\\udc00xt\":\"hi\",")]
    public async Task A_message_with_a_repeated_key_or_half_a_surrogate_pair_is_refused_with_400(string why, string extra)
    {
        var text = _host.Activity("message-personal", "m:odd").ToJsonString();
        var body = "{" + extra + text[1..];

        var (status, _) = await _host.PostTextAsync(body);

        Assert.True(status == HttpStatusCode.BadRequest, $"{why}: {(int)status}");
        Assert.Empty(_host.Platform.Calls);
        AssertNoErrors();
    }

    private void AssertNoErrors() =>
        Assert.DoesNotContain(_logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
}
