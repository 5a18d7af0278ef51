using ChatCoach.Domain.Lagging;
using ChatCoach.Domain.Inbound;
using System.Security.Cryptography;
using System.Text.Json;
using ChatCoach.Domain.Api;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;
using Microsoft.Extensions.Options;

namespace ChatCoach.Host.Api;

/// <summary>The values API's routes under /api/v1, each scoped to its token's workspace.</summary>
public static class ValuesEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void MapValuesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").RequireRateLimiting(ApiServices.RateLimitPolicy).WithTags("values");
        RequireScope.On(api.MapGet("/indicators", IndicatorsAsync), ApiScopes.Read)
            .WithName("ListIndicators").WithSummary("The scoreboard's active rows: owners, units, direction, targets, lagging metrics.")
            .Produces<IndicatorView[]>();
        RequireScope.On(api.MapGet("/standing", StandingAsync), ApiScopes.Read)
            .WithName("GetStanding").WithSummary("Where the team stands, each figure with who recorded it and when; ?period=YYYY-MM for a past month.")
            .Produces<StandingView>().ProducesValidationProblem(422);
        RequireScope.On(api.MapGet("/indicators/{key}/values", HistoryAsync), ApiScopes.Read)
            .WithName("ListValues").WithSummary("Every revision of one indicator's values, corrections included, newest first.")
            .Produces<HistoryView>().ProducesProblem(404);
        RequireScope.On(api.MapGet("/lagging", LaggingAsync), ApiScopes.Read)
            .WithName("ListLaggingValues").WithSummary("Each lagging metric the board protects, with its quarterly values and their corrections.")
            .Produces<LaggingMetricView[]>();
        ReadinessEndpoint.Map(api);
        RequireScope.On(api.MapPost("/indicators/{key}/values", RecordAsync), ApiScopes.WriteValues)
            .WithName("RecordValue").WithSummary("Records a month's value; a second one for the same month is a correction. Send an Idempotency-Key to retry safely.")
            .Accepts<ValueInput>("application/json").Produces<RecordedView>(201)
            .ProducesValidationProblem(422).ProducesProblem(404).ProducesProblem(409).ProducesProblem(413);
    }

    private static async Task<IResult> IndicatorsAsync(HttpContext http, IScoreboardStore store) =>
        Results.Ok((await store.IndicatorsAsync(RequireScope.Token(http).Workspace, http.RequestAborted)).Select(IndicatorView.Of));

    private static async Task<IResult> StandingAsync(HttpContext http, IScoreboardStore store, ReportingCalendar calendar, TimeProvider clock, string? period = null)
    {
        var workspace = RequireScope.Token(http).Workspace;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var values = await store.LatestValuesAsync(workspace, http.RequestAborted);
        if (period is not null)
        {
            if (!Period.TryParse(period, out var month) || period.Length != 7 || !ReportingCalendar.IsClosed(month, today))
            {
                return ApiProblems.Field("period", $"'{period}' is not a month that has ended, in YYYY-MM form, like \"2026-10\".");
            }
            // The standing as it was due for that month, with what is known now (later corrections included).
            values = [.. values.Where(v => v.Period <= month)];
            today = calendar.DueDate(month) < today ? calendar.DueDate(month) : today;
        }
        var indicators = await store.IndicatorsAsync(workspace, http.RequestAborted);
        return Results.Ok(StandingView.Of(new StandingCalculator(calendar).Compute(indicators, values, today)));
    }

    private static async Task<IResult> HistoryAsync(string key, HttpContext http, IScoreboardStore store)
    {
        var workspace = RequireScope.Token(http).Workspace;
        // Retired rows too: their history stays readable, as in chat.
        if ((await store.AllIndicatorsAsync(workspace, http.RequestAborted)).FirstOrDefault(i => i.Key == key) is not { } row)
        {
            return ApiProblems.NoIndicator(key);
        }
        var revisions = await store.HistoryAsync(workspace, row.Key, http.RequestAborted);
        return Results.Ok(new HistoryView(IndicatorView.Of(row), [.. revisions.Select(ValueView.Of)]));
    }

    private static async Task<IResult> LaggingAsync(HttpContext http, IScoreboardStore store, ILaggingStore lagging)
    {
        var workspace = RequireScope.Token(http).Workspace;
        var metrics = ChatCoach.Domain.Lagging.LaggingMetrics.Of(await store.IndicatorsAsync(workspace, http.RequestAborted));
        var views = new List<LaggingMetricView>();
        foreach (var metric in metrics)
        {
            var values = await lagging.LaggingHistoryAsync(workspace, metric.Key, http.RequestAborted);
            views.Add(new LaggingMetricView(metric.Key, metric.Name, [.. metric.ProtectedBy.Select(i => i.Key)], [.. values.Select(QuarterValueView.Of)]));
        }
        return Results.Ok(views);
    }

    private static async Task<IResult> RecordAsync(string key, HttpContext http, IScoreboardStore store, ApiValueWriter writer,
        IIdempotencyStore idempotency, IUnitOfWork unit, IOptions<ApiOptions> options, TimeProvider clock)
    {
        var token = RequireScope.Token(http);
        if (await ValueBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, http.RequestAborted) is not { } body)
        {
            return ApiProblems.TooLarge(options.Value.MaxBodyBytes);
        }
        var (input, problem) = ValueBody.Parse(body, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (problem is not null)
        {
            return problem;
        }
        if (!(await store.IndicatorsAsync(token.Workspace, http.RequestAborted)).Any(i => i.Key == key))
        {
            return ApiProblems.NoIndicator(key);
        }
        var write = () => WriteAsync(writer, token, key, input!, http);
        return http.Request.Headers[IdempotencyHeader].ToString() is { Length: > 0 } idempotencyKey
            ? await OnceAsync(idempotency, unit, token, idempotencyKey, RequestHash(key, body), clock, write, http.RequestAborted)
            : (await write()).Result;
    }

    private static async Task<(IResult Result, string? Kept)> WriteAsync(ApiValueWriter writer, ApiToken token, string key, ValueBody.Parsed input, HttpContext http)
    {
        var outcome = await writer.RecordAsync(token, key, input.Period.ToString(), input.Value, input.Note, http.RequestAborted);
        if (outcome is not ValueRecorded recorded)
        {
            return (outcome is InvalidInput invalid ? ApiProblems.Field("value", invalid.Message) : ApiProblems.NoIndicator(key), null);
        }
        var json = JsonSerializer.Serialize(new RecordedView(ValueView.Of(recorded.Recorded), recorded.Replaced is { } old ? ValueView.Of(old) : null),
            http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions);
        return (Created(json), json);
    }

    /// <summary>
    /// Runs the write once per key: the same key and body answer the kept result, another body is
    /// refused. Only a stored value's answer is kept; a refused write frees its key (a retry is refused again anyway).
    /// </summary>
    private static async Task<IResult> OnceAsync(IIdempotencyStore store, IUnitOfWork unit, ApiToken token, string key, string requestHash, TimeProvider clock,
        Func<Task<(IResult Result, string? Kept)>> write, CancellationToken cancellationToken)
    {
        if (key.Length > 200)
        {
            return ApiProblems.Field(IdempotencyHeader, "An Idempotency-Key may be at most 200 characters.", 400);
        }
        if (await store.ClaimAsync(token.Workspace, token.Name, key, requestHash, clock.GetUtcNow(), cancellationToken) is { } kept)
        {
            return kept.RequestHash != requestHash ? ApiProblems.KeyReused()
                : kept.Status == 0 || kept.Body is null ? ApiProblems.KeyInFlight()
                : Created(kept.Body);
        }
        var answered = false;
        try
        {
            IResult result = null!;
            string? answer = null;
            // The value, the owner's note and the kept answer commit together: a crash between them
            // leaves none, and the key's claim is taken over by the client's retry (SqlIdempotencyStore).
            await unit.InOneTransactionAsync(async _ =>
            {
                (result, answer) = await write();
                if (answer is not null)
                {
                    await store.AnswerAsync(token.Workspace, token.Name, key, StatusCodes.Status201Created, answer, CancellationToken.None);
                }
            }, CancellationToken.None);
            answered = answer is not null;
            return result;
        }
        finally
        {
            if (!answered)
            {
                await store.ReleaseAsync(token.Workspace, token.Name, key, CancellationToken.None);
            }
        }
    }

    private static IResult Created(string json) => Results.Content(json, "application/json", System.Text.Encoding.UTF8, StatusCodes.Status201Created);

    private static string RequestHash(string indicatorKey, byte[] body) =>
        Convert.ToHexStringLower(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(indicatorKey + "\n"), .. body]));
}
