using System.Net;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Tests.Fakes;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Teams.Tests;

/// <summary>
/// The readiness survey through the real host and the fake Bot Framework platform: started by a
/// mention in a channel, taken from the channel, the first question sent to a new 1:1 conversation.
/// </summary>
public sealed class ReadinessEndToEndTests
{
    [Fact]
    public async Task Started_in_a_channel_and_taken_there_the_questions_arrive_in_a_personal_chat()
    {
        await using var host = await RealTeamsHost.StartAsync();

        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(Mention(host, "start the readiness survey", "1759881511856")));
        var announcement = await host.Platform.NextCallAsync();
        Assert.Contains("Take the survey", announcement.Body, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"action\"", announcement.Body, StringComparison.Ordinal); // the button carries the typed "take" step

        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(Mention(host, "take the readiness survey", "1759881511999")));
        var calls = new List<ConnectorCall>();
        while (!calls.Any(c => c.Path.Contains("a:newPersonalConversation", StringComparison.Ordinal)))
        {
            calls.Add(await host.Platform.NextCallAsync());
        }

        var create = Assert.Single(calls, c => c.Method == "POST" && c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Contains("29:1DanaTeamsUserIdxyz", create.Body, StringComparison.Ordinal);
        var question = calls.Single(c => c.Path.Contains("a:newPersonalConversation", StringComparison.Ordinal));
        Assert.Contains("Question 1 of 16", question.Body, StringComparison.Ordinal);
        Assert.Contains("I lead the team or a function", question.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_anonymous_survey_shows_a_channel_no_scores_after_one_person_finished()
    {
        await using var host = await RealTeamsHost.StartAsync();
        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(Mention(host, "start the readiness survey anonymously", "1759881511856")));
        await host.Platform.NextCallAsync();
        var store = host.Services.GetRequiredService<IReadinessStore>();
        var survey = (await store.AllOpenAsync(CancellationToken.None)).Single();
        await ReadinessSamples.FinishInterviewAsync(store, survey, new UserRef("teams:someone"), RespondentRole.Leader, 5, survey.StartedAt);

        Assert.Equal(HttpStatusCode.OK, await host.PostAsync(Mention(host, "readiness results", "1759881512000")));
        var results = await host.Platform.NextCallAsync();

        Assert.Contains("only once it closes", results.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("100%", results.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("%", results.Body, StringComparison.Ordinal);
    }

    /// <summary>Dana mentions the bot in the scoreboard channel (no other mentions).</summary>
    private static JsonObject Mention(RealTeamsHost host, string text, string messageId)
    {
        var activity = host.Activity("message-channel-mention", messageId, "<at>ChatCoach</at> " + text);
        activity["entities"] = new JsonArray(activity["entities"]!.AsArray()[0]!.DeepClone());
        return activity;
    }
}
