namespace ChatCoach.Host.Api;

/// <summary>Every refusal of the values API, as application/problem+json; a field's problem names the field.</summary>
public static class ApiProblems
{
    public static IResult Unauthorized() =>
        Results.Problem(statusCode: 401, title: "A valid API token is needed",
            detail: "Send an active token as 'Authorization: Bearer <token>'. An admin makes one with `api-token create`.");

    public static IResult Forbidden(string token, string scope) =>
        Results.Problem(statusCode: 403, title: "This token may not do that",
            detail: $"The token {token} lacks the '{scope}' scope.");

    public static IResult NoIndicator(string key) =>
        Results.Problem(statusCode: 404, title: "No such indicator", detail: $"This workspace's scoreboard has no indicator '{key}'.");

    public static IResult Field(string field, string problem, int status = 422) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [problem] }, statusCode: status,
            title: $"The {field} can't be used", detail: problem);

    public static IResult TooLarge(int cap) =>
        Results.Problem(statusCode: 413, title: "The body is too large", detail: $"A request body may be at most {cap} bytes.");

    public static IResult KeyReused() =>
        Results.Problem(statusCode: 422, title: "Idempotency-Key already used",
            detail: "This Idempotency-Key was used with a different request. Use a new key for a different value.");

    public static IResult KeyInFlight() =>
        Results.Problem(statusCode: 409, title: "The first request with this Idempotency-Key is still running",
            detail: "Retry in a moment: you will get its answer.");

    /// <summary>429 with Retry-After in whole seconds (at least 1), as the in-memory limiter answers.</summary>
    public static IResult TooManyRequests(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests for this token",
            detail: $"Try again in {seconds} seconds.");
    }
}
