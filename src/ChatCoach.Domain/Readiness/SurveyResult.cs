using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Readiness;

/// <summary>
/// A survey's result as it stands: the team's vector scores, the position they add up to, how many
/// took part, and — with enough people in each role — where leaders and contributors disagree.
/// Every figure comes from stored answers.
/// </summary>
/// <param name="Participants">Who took part; empty when the survey is anonymous.</param>
/// <param name="Gap">Null when a role group is under the minimum size (or the team answered as one).</param>
/// <param name="StageBeliefs">How many respondents picked each stage label.</param>
public sealed record SurveyResult(
    Survey Survey,
    IReadOnlyList<VectorScore> Scores,
    ReadinessPosition? Position,
    int Started,
    int Finished,
    int Leaders,
    int IndividualContributors,
    IReadOnlyList<VectorGap>? Gap,
    IReadOnlyList<(string Stage, int Count)> StageBeliefs,
    IReadOnlyList<UserRef> Participants)
{
    public static SurveyResult Compute(Survey survey, QuestionBank bank, PositionRules rules, IReadOnlyList<ReadinessAnswer> answers, IReadOnlyList<Interview> interviews)
    {
        var byRespondent = answers.GroupBy(a => a.Respondent).ToDictionary(g => g.Key, g => ReadinessScoring.ForRespondent(bank, g));
        var roles = interviews.Where(i => i.Role is not null).ToDictionary(i => i.Respondent, i => i.Role!.Value);
        var scored = byRespondent.Where(r => r.Value.Count > 0).ToList();
        List<IReadOnlyDictionary<ReadinessVector, decimal>> InRole(RespondentRole role) =>
            [.. scored.Where(r => roles.TryGetValue(r.Key, out var theirs) && theirs == role).Select(r => r.Value)];
        var leaders = InRole(RespondentRole.Leader);
        var contributors = InRole(RespondentRole.IndividualContributor);
        var scores = ReadinessScoring.ForGroup(scored.Select(r => r.Value));
        return new SurveyResult(
            survey,
            scores,
            rules.Decide(scores),
            interviews.Count,
            interviews.Count(i => i.Status == InterviewStatus.Finished),
            leaders.Count,
            contributors.Count,
            survey.Mode == SurveyMode.Individual ? PerceptionGap.Between(leaders, contributors) : null,
            CountStageBeliefs(bank, answers),
            survey.Anonymous ? [] : ParticipantsOf(survey, answers));
    }

    private static List<(string, int)> CountStageBeliefs(QuestionBank bank, IEnumerable<ReadinessAnswer> answers) =>
        bank.Stage is not { } stage ? []
        : [.. ReadinessScoring.Latest(answers).Where(a => a.QuestionId == stage.Id && a.Score is >= 1 and <= 4)
            .GroupBy(a => a.Score!.Value).OrderBy(g => g.Key).Select(g => (stage.Options[g.Key - 1], g.Count()))];

    private static List<UserRef> ParticipantsOf(Survey survey, IEnumerable<ReadinessAnswer> answers) =>
        [.. answers.Select(a => survey.Mode == SurveyMode.Together ? a.AnsweredBy.Id : a.Respondent).Distinct().Select(id => UserRef.TryParse(id, out var u) ? u : null).OfType<UserRef>()];
}
