using ChatCoach.Domain.Api;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Host.Api;

/// <summary>
/// GET /api/v1/readiness: the workspace's open (or last) readiness survey as the chat would show it
/// now. The result comes only from <see cref="ReadinessDisclosure"/>, the one place that applies the
/// anonymity rules, so the API can never show more than "show the results" does in chat.
/// </summary>
public static class ReadinessEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        RequireScope.On(api.MapGet("/readiness", ReadinessAsync), ApiScopes.Read)
            .WithName("GetReadiness")
            .WithSummary("The open (or last) readiness survey's results: anonymous surveys show scores only once closed and answered by at least the minimum group, and never who answered.")
            .Produces<ReadinessView>().ProducesProblem(404);

    private static async Task<IResult> ReadinessAsync(HttpContext http, IReadinessStore store, ReadinessDisclosure disclosure)
    {
        var workspace = RequireScope.Token(http).Workspace;
        if (await store.LatestSurveyAsync(workspace, http.RequestAborted) is not { } survey)
        {
            return Results.Problem(statusCode: 404, title: "No readiness survey yet",
                detail: "Nobody has run a readiness survey in this workspace. Someone starts one in chat with \"start the readiness survey\".");
        }
        var result = disclosure.Disclose(survey, await store.AnswersAsync(survey.Id, http.RequestAborted), await store.InterviewsAsync(survey.Id, http.RequestAborted));
        return Results.Ok(ReadinessView.Of(result));
    }
}
