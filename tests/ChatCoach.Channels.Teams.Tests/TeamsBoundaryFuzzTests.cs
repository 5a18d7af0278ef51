using System.Net;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.TestSupport;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static ChatCoach.TestSupport.OddJson;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// Generated activities with a valid token (minted by the fake OpenID/JWKS platform, as the other
/// tests do): messages, invokes (card actions, file consent, unknown), conversation updates, shaped
/// like Teams' and then bent. Whatever arrives, the answer is below 500 and nothing is logged as an
/// error by the endpoint. Bounded: a few hundred requests.
/// </summary>
public sealed class TeamsBoundaryFuzzTests
{
    private const int Iterations = 250;

    [Fact]
    public async Task No_authenticated_activity_gets_a_5xx_or_an_error()
    {
        var logs = new CapturedLogs();
        await using var host = await RealTeamsHost.StartAsync(services => services.AddSingleton<ILoggerProvider>(logs));
        var activity = Activity(host.Platform.ServiceUrl);

        await activity.SampleAsync(async body =>
        {
            var (status, _) = await host.PostTextAsync(body);
            Assert.True((int)status < 500, $"{(int)status} for {body}");
        }, iter: Iterations, threads: 1);

        Assert.DoesNotContain(logs.Lines, l => (l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal))
            && (l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) || l.Contains("MessagesEndpoint", StringComparison.Ordinal)));
    }

    private static Gen<string> Activity(string serviceUrl)
    {
        var account = ObjectOf(new Dictionary<string, Gen<string>>
        {
            ["id"] = OneOf("29:1DanaTeamsUserIdxyz", "28:11111111-2222-4333-8444-555555555555"),
            ["aadObjectId"] = OneOf("d0d0d0d0-1111-4222-8333-444444444444"),
            ["name"] = Text,
        }, 1);
        var actionData = ObjectOf(new Dictionary<string, Gen<string>>
        {
            ["verb"] = OneOf("utterance", "record"), ["utterance"] = Text, ["indicator"] = Text, ["period"] = OneOf("2026-09", "2026-13"), ["value"] = Text,
        }, 1);
        var invokeValue = Gen.Frequency(
            (3, ObjectOf(new Dictionary<string, Gen<string>> { ["action"] = Gen.Frequency((3, ObjectOf(new Dictionary<string, Gen<string>> { ["data"] = actionData }, 1)), (1, Value(1))) }, 1)),
            (2, ObjectOf(new Dictionary<string, Gen<string>> { ["action"] = OneOf("accept", "decline"), ["context"] = Value(2), ["uploadInfo"] = Value(2) }, 1)),
            (2, Value(2)));
        return Shaped(new Dictionary<string, Gen<string>>
        {
            ["type"] = OneOf("message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction"),
            ["name"] = OneOf("adaptiveCard/action", "fileConsent/invoke", "task/fetch"),
            ["id"] = Text,
            ["channelId"] = OneOf("msteams"),
            ["serviceUrl"] = Gen.Const(Literal(serviceUrl)),
            ["from"] = account,
            ["recipient"] = account,
            ["conversation"] = ObjectOf(new Dictionary<string, Gen<string>>
            {
                ["id"] = OneOf("a:1personalConversationWithDana", "19:channel@thread.tacv2"), ["conversationType"] = OneOf("personal", "channel"),
            }, 1),
            ["text"] = Text,
            ["value"] = invokeValue,
            ["membersAdded"] = account.Array[0, 2].Select(items => "[" + string.Join(",", items) + "]"),
            // Lists of objects mostly: a list of the wrong kind is refused (400) before anything reads the rest.
            ["entities"] = Gen.Frequency((6, ObjectOf(new Dictionary<string, Gen<string>> { ["type"] = OneOf("clientInfo", "mention"), ["timezone"] = OneOf("Europe/Berlin", "Mars/Olympus"), ["mentioned"] = account }, 1).Array[0, 2].Select(items => "[" + string.Join(",", items) + "]")), (1, Value(2))),
            ["attachments"] = Gen.Frequency((6, Gen.Const("[]")), (1, Value(2))),
        });
    }
}
