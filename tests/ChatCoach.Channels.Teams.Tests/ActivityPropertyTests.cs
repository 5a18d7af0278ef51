using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Inbound;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.Inbound;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// Whatever an authenticated caller sends as an activity — fields missing, of the wrong type, odd
/// Unicode, deep nesting — the endpoint answers 200 or a 4xx (400 for what is not an activity, 401
/// when the activity no longer matches its token, e.g. another service URL), never a 5xx, and the
/// handler never throws.
/// </summary>
public sealed class ActivityPropertyTests : TeamsHostTests
{
    private static readonly string[] Fields =
        ["type", "id", "text", "from", "from.aadObjectId", "conversation", "conversation.id", "conversation.conversationType", "channelData",
         "channelData.tenant", "recipient", "entities", "value", "serviceUrl", "attachments", "name", "membersAdded", "localTimezone"];

    private static readonly Gen<JsonNode?> Junk = Gen.OneOf(
        Gen.Constant<JsonNode?>(null),
        ArbMap.Default.GeneratorFor<int>().Select(i => (JsonNode?)JsonValue.Create(i)),
        ArbMap.Default.GeneratorFor<string>().Select(s => (JsonNode?)JsonValue.Create(s ?? "")),
        Gen.Elements("message", "invoke", "conversationUpdate", "typing", "", "💥", "message\u0000").Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Choose(1, 60).Select(depth => JsonNode.Parse(new string('[', depth) + new string(']', depth))),
        Gen.Constant<JsonNode?>(new JsonObject { ["id"] = new JsonArray(1, 2), ["aadObjectId"] = 7 }));

    [Property(MaxTest = 300)]
    public bool Parsing_any_text_as_an_activity_never_throws(string? body)
    {
        _ = ActivityJson.TryParse(body ?? "");
        return true;
    }

    [Property(MaxTest = 100)]
    public Property A_mangled_activity_gets_200_or_a_4xx_and_its_handling_never_throws()
    {
        var mangles = Gen.Elements(Fields).Zip(Junk).ListOf().Select(list => list.Take(4).ToList());
        return Prop.ForAll(mangles.ToArbitrary(), changes =>
        {
            var activity = Host.Activity("message-personal");
            activity["id"] = Guid.NewGuid().ToString("N");
            foreach (var (field, junk) in changes)
            {
                Set(activity, field, junk?.DeepClone());
            }
            using var response = Host.PostAsync(activity).GetAwaiter().GetResult();
            var handler = Host.App.Services.GetServices<IInboundHandler>().Single(h => h.Source == TeamsInboundHandler.SourceName);
            handler.HandleAsync(new InboundEvent(TeamsInboundHandler.SourceName, "prop-" + Guid.NewGuid().ToString("N"), activity.ToJsonString(), DateTimeOffset.UtcNow),
                CancellationToken.None).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK || (int)response.StatusCode is >= 400 and < 500;
        });
    }

    [Fact]
    public async Task Nesting_deeper_than_any_activity_has_is_refused_with_400_and_never_thrown_on()
    {
        var deep = new string('[', 5000) + new string(']', 5000);
        var body = "{\"type\":\"message\",\"id\":\"deep\",\"text\":" + deep + "}";
        var handler = Host.App.Services.GetServices<IInboundHandler>().Single(h => h.Source == TeamsInboundHandler.SourceName);

        using var response = await Host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Host.ValidToken()) },
        });
        await handler.HandleAsync(new InboundEvent(TeamsInboundHandler.SourceName, "deep", body, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static void Set(JsonObject activity, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        var target = parts.Length == 1 ? activity : activity[parts[0]] as JsonObject;
        if (target is not null)
        {
            target[parts[^1]] = value;
        }
    }
}
