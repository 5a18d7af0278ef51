using ChatCoach.Readiness.Model;

namespace ChatCoach.Host.Api;

// The readiness survey as the values API answers it. Built only from a SurveyResult, which only
// ReadinessDisclosure makes: an anonymous survey shows no score while open or below the minimum
// group size, no range, and never who took part (decision 0018). When scores are withheld the
// answer carries what the chat shows then — how many started and finished — and nothing more.

public sealed record ReadinessView(
    long SurveyId,
    string Mode,
    bool Anonymous,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? ClosedAt,
    int MinGroupSize,
    string? Withheld,
    string? WithheldBecause,
    ParticipationView Participation,
    IReadOnlyList<VectorScoreView> Scores,
    IReadOnlyList<string> HeldBack,
    PositionView? Position,
    IReadOnlyList<GapView>? Gap,
    IReadOnlyList<StageBeliefView> StageBeliefs,
    IReadOnlyList<string> Participants)
{
    public static ReadinessView Of(SurveyResult result)
    {
        var survey = result.Survey;
        var withheld = result.Withheld is not null;
        return new(survey.Id, IndicatorView.Words(survey.Mode), survey.Anonymous, survey.IsOpen ? "open" : "closed",
            survey.StartedAt, survey.Deadline, survey.ClosedAt, result.MinGroupSize,
            result.Withheld switch { ResultWithheld.UntilClosed => "until-closed", ResultWithheld.TooFewRespondents => "too-few-respondents", _ => null },
            Because(result),
            withheld ? new ParticipationView(result.Started, result.Finished, null, null, null)
                : new ParticipationView(result.Started, result.Finished, result.Respondents, result.Leaders, result.IndividualContributors),
            [.. result.Scores.Select(VectorScoreView.Of)],
            [.. result.HeldBackVectors.Select(v => v.Name())],
            result.Position is { } position ? PositionView.Of(position) : null,
            result.Gap?.Select(g => new GapView(g.Vector.Name(), g.Leaders, g.IndividualContributors, g.Difference)).ToList(),
            [.. result.StageBeliefs.Select(s => new StageBeliefView(s.Stage, s.Count))],
            [.. result.Participants.Select(p => p.Id)]);
    }

    private static string? Because(SurveyResult result) => result.Withheld switch
    {
        ResultWithheld.UntilClosed =>
            $"The survey is anonymous: its scores appear once it closes, and only if at least {result.MinGroupSize} people answered.",
        ResultWithheld.TooFewRespondents =>
            $"The survey is anonymous and fewer than {result.MinGroupSize} people answered, so no score is shown.",
        _ => null,
    };
}

/// <param name="Respondents">People who gave at least one score; null while scores are withheld.</param>
public sealed record ParticipationView(int Started, int Finished, int? Respondents, int? Leaders, int? IndividualContributors);

/// <param name="Lowest">Attributed surveys only: an anonymous survey never shows a range.</param>
public sealed record VectorScoreView(string Vector, decimal Percent, int Respondents, decimal? Lowest, decimal? Highest)
{
    public static VectorScoreView Of(VectorScore s) => new(s.Vector.Name(), s.Percent, s.Respondents, s.Range?.Lowest, s.Range?.Highest);
}

public sealed record PositionView(string Kind, string Title, string Meaning, string Move, string Horizon, string Stance, string StanceAdvice)
{
    public static PositionView Of(ReadinessPosition p) =>
        new(IndicatorView.Words(p.Kind), p.Title, p.Meaning, p.Move, p.Horizon, IndicatorView.Words(p.Stance), p.StanceAdvice);
}

public sealed record GapView(string Vector, decimal Leaders, decimal IndividualContributors, decimal Difference);

public sealed record StageBeliefView(string Stage, int Count);
