using System.Net;
using System.Net.Http.Headers;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.People;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary>The per-token rate limit, on servers allowing two requests a minute.</summary>
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

        AssertThirdRefused(answers);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    /// <summary>
    /// Two hosts on one database spend one budget per token: the third request is refused whichever
    /// host it reaches. Both hosts' clocks start at the same minute.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_tokens_budget_is_shared_by_every_host(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        string[] settings = [$"--ChatCoach:Storage:Provider={provider}", "--ChatCoach:Api:RequestsPerMinute=2"];
        await using var first = await RunningServer.StartAsync(db.ConnectionString, settings);
        await using var second = await RunningServer.StartAsync(db.ConnectionString, settings);
        var tokens = first.App.Services.GetRequiredService<TokenAdministration>();
        var busy = (await tokens.CreateAsync(WorkspaceId.Local, "busy-sync", [ApiScopes.Read], UserRef.Local("alex"), CancellationToken.None)).Secret!;
        var quiet = (await tokens.CreateAsync(WorkspaceId.Local, "quiet-sync", [ApiScopes.Read], UserRef.Local("alex"), CancellationToken.None)).Secret!;

        var answers = new[] { await GetAsync(first, busy), await GetAsync(second, busy), await GetAsync(second, busy) };
        var other = await GetAsync(second, quiet);

        AssertThirdRefused(answers);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private static void AssertThirdRefused(IReadOnlyList<HttpResponseMessage> answers)
    {
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.True(answers[2].Headers.RetryAfter?.Delta is { TotalSeconds: >= 1 and <= 60 }, $"Retry-After: {answers[2].Headers.RetryAfter}");
        Assert.Equal("application/problem+json", answers[2].Content.Headers.ContentType?.MediaType);
    }

    private static Task<HttpResponseMessage> GetAsync(RunningServer server, string secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return server.Http.SendAsync(request);
    }
}
