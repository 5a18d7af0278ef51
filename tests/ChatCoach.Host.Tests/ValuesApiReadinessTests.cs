using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary>
/// GET /api/v1/readiness on the real server: the anonymity rules of decision 0018 hold through the
/// API exactly as in chat — no score while an anonymous survey is open, none below the minimum
/// group size (as configured), no range and no names ever for an anonymous one.
/// </summary>
public sealed class ValuesApiReadinessTests : IDisposable
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse(TestClock.DefaultStartAt);
    private readonly TempSqlite _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public async Task Without_a_survey_the_answer_is_404_and_a_token_is_needed()
    {
        await using var server = await RunningServer.StartAsync(_file.ConnectionString);
        var secret = await ApiTokens.CreateAsync(_file.Path, "dashboard", "read");

        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Http.GetAsync("/api/v1/readiness")).StatusCode);
        var none = await GetAsync(server, secret);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_anonymous_survey_shows_no_score_while_open_and_after_closing_shows_scores_without_ranges_or_names()
    {
        await using var server = await RunningServer.StartAsync(_file.ConnectionString);
        var secret = await ApiTokens.CreateAsync(_file.Path, "dashboard", "read");
        var survey = await SurveyAsync(server, anonymous: true, people: 3);

        var open = await JsonAsync(await GetAsync(server, secret));
        Assert.Equal(("open", "until-closed"), (open.GetProperty("status").GetString(), open.GetProperty("withheld").GetString()));
        Assert.Equal(0, open.GetProperty("scores").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("position").ValueKind);
        Assert.Equal(JsonValueKind.Null, open.GetProperty("participation").GetProperty("leaders").ValueKind);
        Assert.Equal(3, open.GetProperty("participation").GetProperty("finished").GetInt32());

        await CloseAsync(server, survey);
        var closed = await JsonAsync(await GetAsync(server, secret));
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("withheld").ValueKind);
        Assert.Equal(4, closed.GetProperty("scores").GetArrayLength());
        Assert.All(closed.GetProperty("scores").EnumerateArray(), s =>
        {
            Assert.Equal(3, s.GetProperty("respondents").GetInt32());
            Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (s.GetProperty("lowest").ValueKind, s.GetProperty("highest").ValueKind));
        });
        Assert.Equal(0, closed.GetProperty("participants").GetArrayLength());
        Assert.DoesNotContain("slack:U", closed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_anonymous_survey_under_the_configured_minimum_group_shows_no_score()
    {
        await using var server = await RunningServer.StartAsync(_file.ConnectionString, "--ChatCoach:Readiness:MinGroupSize=4");
        var secret = await ApiTokens.CreateAsync(_file.Path, "dashboard", "read");
        await CloseAsync(server, await SurveyAsync(server, anonymous: true, people: 3));

        var result = await JsonAsync(await GetAsync(server, secret));

        Assert.Equal(("closed", "too-few-respondents", 4), (result.GetProperty("status").GetString(), result.GetProperty("withheld").GetString(),
            result.GetProperty("minGroupSize").GetInt32()));
        Assert.Equal(0, result.GetProperty("scores").GetArrayLength());
        Assert.Contains("fewer than 4 people", result.GetProperty("withheldBecause").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attributed_survey_shows_its_ranges_and_who_took_part_as_the_chat_does()
    {
        await using var server = await RunningServer.StartAsync(_file.ConnectionString);
        var secret = await ApiTokens.CreateAsync(_file.Path, "dashboard", "read");
        await SurveyAsync(server, anonymous: false, people: 2);

        var result = await JsonAsync(await GetAsync(server, secret));

        Assert.Equal(("open", JsonValueKind.Null), (result.GetProperty("status").GetString(), result.GetProperty("withheld").ValueKind));
        Assert.All(result.GetProperty("scores").EnumerateArray(), s => Assert.Equal(JsonValueKind.Number, s.GetProperty("lowest").ValueKind));
        Assert.Equal(["slack:U0", "slack:U1"], result.GetProperty("participants").EnumerateArray().Select(p => p.GetString()).Order());
    }

    /// <summary>An individual survey in the local workspace, finished by <paramref name="people"/> people scoring 2, 3, 4…</summary>
    private static async Task<Survey> SurveyAsync(RunningServer server, bool anonymous, int people)
    {
        var store = server.App.Services.GetRequiredService<IReadinessStore>();
        var survey = await store.TryOpenAsync(new Survey(0, WorkspaceId.Local, "slack", "C-LEADS", SurveyMode.Individual, anonymous,
            new UserRef("slack:U0"), At, At.AddDays(7)), CancellationToken.None) ?? throw new InvalidOperationException("A survey was already open.");
        for (var i = 0; i < people; i++)
        {
            await ReadinessSamples.FinishInterviewAsync(store, survey, new UserRef($"slack:U{i}"), i % 2 == 0 ? RespondentRole.Leader : RespondentRole.IndividualContributor,
                2 + (i % 3), At);
        }
        return survey;
    }

    private static Task CloseAsync(RunningServer server, Survey survey) =>
        server.App.Services.GetRequiredService<IReadinessStore>().TryCloseAsync(survey.Id, survey.StartedBy, At.AddHours(1), CancellationToken.None);

    private static Task<HttpResponseMessage> GetAsync(RunningServer server, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/readiness");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return server.Http.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
