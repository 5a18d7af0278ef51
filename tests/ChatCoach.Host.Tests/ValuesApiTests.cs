using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Domain.Lagging;
using ChatCoach.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Host.Tests;

/// <summary>
/// The values API on the real server over loopback, on a real SQLite file, with tokens made by the
/// api-token command. The server's clock stands at 2026-11-18, so October 2026 has ended.
/// </summary>
public sealed class ValuesApiTests : IAsyncLifetime
{
    private const string CostPerOpp = "cost-per-qualified-opp";
    private readonly TempSqlite _file = new();
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(_file.ConnectionString);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _file.Dispose();
    }

    [Fact]
    public async Task A_value_pushed_with_a_token_from_the_command_shows_in_the_chat_history_with_the_token_name()
    {
        var directory = Path.GetDirectoryName(_file.Path)!;
        var created = await HostProcess.RunAsync($"api-token create --workspace local --name hubspot-sync --scope write:values --db \"{_file.Path}\"", "", directory);
        var secret = created.Output.Trim();

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("cc_", secret, StringComparison.Ordinal);
        Assert.Contains("shown this once", created.Error, StringComparison.Ordinal);

        var response = await PostAsync(secret, CostPerOpp, """{"period":"2026-10","value":412,"note":"from the October pipeline report","source":"HubSpot"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var recorded = (await JsonAsync(response)).GetProperty("recorded");
        Assert.Equal(("api:hubspot-sync", "via API (hubspot-sync)", "api", 1), (recorded.GetProperty("recordedBy").GetString(), recorded.GetProperty("by").GetString(),
            recorded.GetProperty("channel").GetString(), recorded.GetProperty("revision").GetInt32()));

        var history = await HostProcess.RunAsync($"console --user dana --db \"{_file.Path}\"", "history of cost per opp\n", directory);
        Assert.True(history.Output.Contains("via API (hubspot-sync)", StringComparison.Ordinal), history.Output + history.Error);
        Assert.Contains("source: HubSpot", history.Output, StringComparison.Ordinal);

        var list = await HostProcess.RunAsync($"api-token list --workspace local --db \"{_file.Path}\"", "", directory);
        Assert.Contains("hubspot-sync  write:values", list.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list.Output + list.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_Idempotency_Key_twice_stores_one_revision_and_with_another_body_is_refused()
    {
        var secret = await TokenAsync("nightly-sync", "write:values");
        const string body = """{"period":"2026-10","value":412}""";

        var first = await PostAsync(secret, CostPerOpp, body, idempotencyKey: "run-2026-11-02");
        var again = await PostAsync(secret, CostPerOpp, body, idempotencyKey: "run-2026-11-02");
        var other = await PostAsync(secret, CostPerOpp, """{"period":"2026-10","value":999}""", idempotencyKey: "run-2026-11-02");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, again.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("application/problem+json", other.Content.Headers.ContentType?.MediaType);
        Assert.Single(await HistoryAsync(WorkspaceId.Local, CostPerOpp));

        // Without a key, a second value for the month is a correction, as in chat.
        var correction = await PostAsync(secret, CostPerOpp, """{"period":"2026-10","value":"$400"}""");
        var replaced = (await JsonAsync(correction)).GetProperty("replaced");
        Assert.Equal((HttpStatusCode.Created, 1), (correction.StatusCode, replaced.GetProperty("revision").GetInt32()));
        Assert.Equal([400m, 412m], (await HistoryAsync(WorkspaceId.Local, CostPerOpp)).Select(v => v.Value!.Value));
    }

    [Fact]
    public async Task No_token_is_401_a_read_token_cannot_write_and_a_revoked_token_is_refused()
    {
        var reader = await TokenAsync("dashboard", "read");

        var anonymous = await _server.Http.GetAsync("/api/v1/indicators");
        var wrongSecret = await SendAsync(HttpMethod.Get, "/api/v1/indicators", "cc_not-a-token");
        var read = await SendAsync(HttpMethod.Get, "/api/v1/indicators", reader);
        var write = await PostAsync(reader, CostPerOpp, """{"period":"2026-10","value":412}""");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (anonymous.StatusCode, wrongSecret.StatusCode));
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Contains(CostPerOpp, (await JsonAsync(read)).EnumerateArray().Select(i => i.GetProperty("key").GetString()));
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Empty(await HistoryAsync(WorkspaceId.Local, CostPerOpp));

        Assert.Equal(0, await ApiTokens.RunAsync(_file.Path, TextWriter.Null, "revoke", "--workspace", "local", "--name", "dashboard"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(HttpMethod.Get, "/api/v1/indicators", reader)).StatusCode);
    }

    [Fact]
    public async Task Another_workspaces_row_is_404_and_never_written()
    {
        var other = new WorkspaceId("slack:T-OTHER");
        await _server.App.Services.GetRequiredService<IScoreboardStore>().EnsureWorkspaceAsync(other, CancellationToken.None);
        await _server.App.Services.GetRequiredService<IBoardStore>().AddIndicatorAsync(other,
            new Indicator("partner-sourced", "Partner-sourced pipeline", Unit.Currency, BetterWhen.Higher, "pipeline"),
            new ChangeStamp(UserRef.Local("alex"), DateTimeOffset.Parse(TestClock.DefaultStartAt), "console"), CancellationToken.None);
        var secret = await TokenAsync("hubspot-sync", "write:values");

        var history = await SendAsync(HttpMethod.Get, "/api/v1/indicators/partner-sourced/values", secret);
        var write = await PostAsync(secret, "partner-sourced", """{"period":"2026-10","value":412}""");
        var standing = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/standing", secret));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (history.StatusCode, write.StatusCode));
        Assert.Empty(await HistoryAsync(other, "partner-sourced"));
        Assert.DoesNotContain("partner-sourced", standing.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("indicator").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Bad_values_are_refused_as_problems_naming_the_field_and_the_standing_shows_the_integration()
    {
        var secret = await TokenAsync("hubspot-sync", "write:values");

        var notAnAmount = await PostAsync(secret, CostPerOpp, """{"period":"2026-10","value":"lots"}""");
        var future = await PostAsync(secret, CostPerOpp, """{"period":"2026-12","value":412}""");
        var noValue = await PostAsync(secret, CostPerOpp, """{"period":"2026-10"}""");
        var notJson = await PostAsync(secret, CostPerOpp, "period=2026-10");
        var huge = await PostAsync(secret, CostPerOpp, $$"""{"period":"2026-10","value":412,"note":"{{new string('x', 20_000)}}"}""");

        Assert.Equal("value", await FieldAsync(notAnAmount, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("period", await FieldAsync(future, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("value", await FieldAsync(noValue, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("body", await FieldAsync(notJson, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Empty(await HistoryAsync(WorkspaceId.Local, CostPerOpp));

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(secret, CostPerOpp, """{"period":"2026-10","value":412}""")).StatusCode);
        var standing = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/standing?period=2026-10", secret));
        var row = standing.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("indicator").GetProperty("key").GetString() == CostPerOpp);
        Assert.Equal("2026-10", standing.GetProperty("reportingPeriod").GetString());
        Assert.Equal(("via API (hubspot-sync)", 412m), (row.GetProperty("latest").GetProperty("by").GetString(), row.GetProperty("latest").GetProperty("value").GetDecimal()));
        Assert.Equal("period", await FieldAsync(await SendAsync(HttpMethod.Get, "/api/v1/standing?period=October", secret), HttpStatusCode.UnprocessableEntity));
    }

    [Fact]
    public async Task Lagging_metrics_answer_their_quarterly_values_with_corrections()
    {
        var lagging = _server.App.Services.GetRequiredService<ILaggingStore>();
        var at = DateTimeOffset.Parse(TestClock.DefaultStartAt);
        await _server.App.Services.GetRequiredService<IScoreboardStore>().EnsureWorkspaceAsync(WorkspaceId.Local, CancellationToken.None);
        foreach (var value in new[] { 1_200_000m, 1_250_000m })
        {
            await lagging.RecordLaggingAsync(WorkspaceId.Local, new NewLaggingValue("pipeline", "Pipeline", new Quarter(2026, 3), value, Unit.Currency,
                UserRef.Local("alex"), at, "console"), CancellationToken.None);
        }
        var secret = await TokenAsync("dashboard", "read");

        var metrics = await JsonAsync(await SendAsync(HttpMethod.Get, "/api/v1/lagging", secret));
        var pipeline = metrics.EnumerateArray().Single(m => m.GetProperty("key").GetString() == "pipeline");

        Assert.Contains(CostPerOpp, pipeline.GetProperty("protectedBy").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal([("2026-Q3", 2, 1_250_000m), ("2026-Q3", 1, 1_200_000m)], pipeline.GetProperty("values").EnumerateArray()
            .Select(v => (v.GetProperty("quarter").GetString(), v.GetProperty("revision").GetInt32(), v.GetProperty("value").GetDecimal())));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_values_api_paths_and_nothing_else()
    {
        var response = await _server.Http.GetAsync("/openapi/v1.json");
        var paths = (await JsonAsync(response)).GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/api/v1/indicators", "/api/v1/indicators/{key}/values", "/api/v1/lagging", "/api/v1/readiness", "/api/v1/standing"], paths);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_bearer_token_and_each_operations_scope()
    {
        var document = await JsonAsync(await _server.Http.GetAsync("/openapi/v1.json"));

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => (Name: $"{operation.Name} {path.Name}", Operation: operation.Value))).ToList();
        Assert.Equal(6, operations.Count);
        foreach (var (name, operation) in operations)
        {
            var requirement = Assert.Single(operation.GetProperty("security").EnumerateArray());
            var scopes = requirement.GetProperty("Bearer").EnumerateArray().Select(s => s.GetString()).ToList();
            Assert.Equal([name.StartsWith("post", StringComparison.Ordinal) ? "write:values" : "read"], scopes);
            Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{name} does not describe its 401");
        }
    }

    [Fact]
    public async Task A_chunked_body_past_the_servers_own_limit_is_a_413_even_when_the_api_allows_that_much()
    {
        // The API's cap at its maximum, the server's: Kestrel stops the body before the API's own check does.
        using var file = new TempSqlite();
        await using var server = await RunningServer.StartAsync(file.ConnectionString, [$"--ChatCoach:Api:MaxBodyBytes={Commands.ServeCommand.MaxRequestBodyBytes}"], null);
        var secret = await ApiTokens.CreateAsync(file.Path, "bulk-import", "write:values");

        var status = await ChunkedUpload.StatusAsync(server.Http.BaseAddress!, $"/api/v1/indicators/{CostPerOpp}/values", 3 * 1024 * 1024, $"Bearer {secret}");

        Assert.Equal("413", status);
    }

    private Task<string> TokenAsync(string name, string scope) => ApiTokens.CreateAsync(_file.Path, name, scope);

    private Task<HttpResponseMessage> PostAsync(string secret, string indicator, string json, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/indicators/{indicator}/values") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return _server.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string secret)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return _server.Http.SendAsync(request);
    }

    private Task<IReadOnlyList<RecordedValue>> HistoryAsync(WorkspaceId workspace, string key) =>
        _server.App.Services.GetRequiredService<IScoreboardStore>().HistoryAsync(workspace, key, CancellationToken.None);

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The one field a problem+json answer names.</summary>
    private static async Task<string> FieldAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateObject()).Name;
    }
}
