using System.Net;
using System.Net.Http.Headers;
using ChatCoach.TestSupport;

namespace ChatCoach.Host.Tests;

/// <summary>The per-token rate limit, on a server allowing two requests a minute.</summary>
public sealed class ValuesApiLimitTests
{
    [Fact]
    public async Task A_token_over_its_budget_gets_429_with_Retry_After_while_another_token_still_gets_through()
    {
        using var file = new TempSqlite();
        await using var server = await RunningServer.StartAsync(file.ConnectionString, "--ChatCoach:Api:RequestsPerMinute=2");
        var busy = await ApiTokens.CreateAsync(file.Path, "busy-sync", "read");
        var quiet = await ApiTokens.CreateAsync(file.Path, "quiet-sync", "read");

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await GetAsync(server, busy));
        }
        var other = await GetAsync(server, quiet);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.True(answers[2].Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {answers[2].Headers.RetryAfter}");
        Assert.Equal("application/problem+json", answers[2].Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(RunningServer server, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return server.Http.SendAsync(request);
    }
}
