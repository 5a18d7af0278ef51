using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.TestSupport;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ChatCoach.TestSupport.OddJson;

namespace ChatCoach.Channels.Slack.Tests;

/// <summary>
/// Generated, correctly signed requests to /slack/events — Events API JSON, interactivity forms
/// (payload=) and slash-command forms — shaped like Slack's and then bent: keys twice, half surrogate
/// pairs, values of the wrong kind, odd form encodings. Whatever arrives, the answer is below 500 and
/// no exception escapes an endpoint. Bounded: a few hundred requests, a few seconds.
/// </summary>
public sealed class SlackBoundaryFuzzTests
{
    private const int Iterations = 300;

    private static readonly Gen<string> Event = Shaped(new Dictionary<string, Gen<string>>
    {
        ["type"] = OneOf("app_mention", "message", "app_home_opened", "app_uninstalled", "tokens_revoked"),
        ["user"] = OneOf("UDANA", "UBOT", "UADMIN"),
        ["text"] = Text,
        ["ts"] = OneOf("1700000001.000100", "1"),
        ["channel"] = OneOf("C0SCORE", "D0DANA"),
        ["channel_type"] = OneOf("im", "channel"),
        ["tab"] = OneOf("home", "messages"),
        ["tokens"] = Value(2),
    });

    private static readonly Gen<string> Callback = Shaped(new Dictionary<string, Gen<string>>
    {
        ["type"] = OneOf("event_callback", "url_verification", "app_rate_limited"),
        ["team_id"] = OneOf(FakeSlackApi.TeamId, "TOTHER"),
        ["event_id"] = Text,
        ["challenge"] = Text,
        ["event"] = Gen.Frequency((4, Event), (1, Value(1))),
    });

    private static readonly Gen<string> Interaction = Shaped(new Dictionary<string, Gen<string>>
    {
        ["type"] = OneOf("block_actions", "view_submission", "shortcut"),
        ["trigger_id"] = Text,
        ["user"] = ObjectOf(new Dictionary<string, Gen<string>> { ["id"] = OneOf("UDANA"), ["team_id"] = OneOf(FakeSlackApi.TeamId) }, 1),
        ["team"] = ObjectOf(new Dictionary<string, Gen<string>> { ["id"] = OneOf(FakeSlackApi.TeamId) }, 1),
        ["channel"] = ObjectOf(new Dictionary<string, Gen<string>> { ["id"] = OneOf("C0SCORE", "D0DANA") }, 1),
        ["actions"] = ObjectOf(new Dictionary<string, Gen<string>>
        {
            ["action_id"] = OneOf(BlockKitRenderer.InputAction, BlockKitRenderer.ChoiceActionPrefix + "0"),
            ["value"] = Text,
        }, 1).Array[0, 2].Select(items => "[" + string.Join(",", items) + "]"),
        ["view"] = ObjectOf(new Dictionary<string, Gen<string>>
        {
            ["callback_id"] = OneOf(SlackViews.ValueModalCallback), ["private_metadata"] = Text, ["state"] = Value(3),
        }, 2),
    });

    /// <summary>Form values as they travel: percent-encoded text, bytes that are not UTF-8, stray % and +.</summary>
    private static readonly Gen<string> FormValue = Gen.Frequency(
        (3, Gen.Char.Array[0, 10].Select(chars => Uri.EscapeDataString(new string([.. chars.Where(c => !char.IsSurrogate(c))])))),
        (2, Gen.OneOf("%ED%A0%80", "%FF%FE", "%", "%zz", "+", "where+do+we+stand", "%2Fcoach", "", "a%00b")));

    private static readonly Gen<string> Command = Gen.Select(
        Gen.OneOf("command", "text", "trigger_id", "team_id", "user_id", "channel_id", "payload", "response_url", "x").Array[0, 8],
        FormValue.Array[8],
        (keys, values) => string.Join("&", ["command=%2Fcoach", "trigger_id=1.2.3", .. keys.Select((key, i) => $"{key}={values[i]}")]));

    private static readonly Gen<(string ContentType, string Body)> Request = Gen.Frequency(
        (4, Callback.Select(body => ("application/json", body))),
        (3, Interaction.Select(body => ("application/x-www-form-urlencoded", "payload=" + Uri.EscapeDataString(body)))),
        (2, Command.Select(body => ("application/x-www-form-urlencoded", body))),
        (1, Value(2).Select(body => ("application/json", body))));

    [Fact]
    public async Task No_signed_request_gets_a_5xx_or_escapes_an_endpoint()
    {
        var logs = new CapturedLogs();
        await using var bot = await SlackBot.StartAsync(services => services.AddSingleton<ILoggerProvider>(logs));

        await Request.SampleAsync(async request =>
        {
            using var response = await bot.PostAsync(request.Body, request.ContentType, at: null, retryNum: null);
            Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request.ContentType}: {request.Body}");
        }, iter: Iterations, threads: 1);

        MalformedInputTests.AssertNoUnhandledException(logs);
    }
}
