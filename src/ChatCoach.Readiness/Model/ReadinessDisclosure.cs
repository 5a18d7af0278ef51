using ChatCoach.Domain.People;

namespace ChatCoach.Readiness.Model;

/// <summary>
/// What may be shown of a survey's answers: the one place that turns stored answers into a
/// <see cref="SurveyResult"/>, so every surface (chat replies, posted results, what the model reads)
/// shows the same. For an anonymous survey answered individually:
/// <list type="bullet">
/// <item>nothing is scored while it is open — two reads around one person finishing would give that
/// person's scores away (decision 0018);</item>
/// <item>no team, vector or role figure for fewer than <see cref="MinimumFor"/> people, never fewer than
/// <see cref="AnonymousFloor"/>, and no role comparison whose leftover (people without a role) is smaller;</item>
/// <item>no ranges, minima, maxima or names.</item>
/// </list>
/// An attributed survey names who took part, so its team figures and ranges are shown at any size;
/// only its role comparison keeps the minimum. A together survey is one respondent — the team,
/// answering in the open — and is never broken down by person.
/// </summary>
public sealed class ReadinessDisclosure
{
    public const int DefaultMinGroupSize = 3;

    /// <summary>Anonymous results are never shown for fewer people than this, whatever is configured.</summary>
    public const int AnonymousFloor = 3;

    private readonly QuestionBank _bank;
    private readonly PositionRules _rules;

    public ReadinessDisclosure(QuestionBank bank, PositionRules rules, int minGroupSize = DefaultMinGroupSize)
    {
        _bank = bank;
        _rules = rules;
        MinGroupSize = minGroupSize >= 1 ? minGroupSize : throw new ArgumentOutOfRangeException(nameof(minGroupSize), minGroupSize, "A group has at least one person.");
    }

    public int MinGroupSize { get; }

    public int MinimumFor(Survey survey) => survey.Anonymous ? Math.Max(MinGroupSize, AnonymousFloor) : MinGroupSize;

    /// <summary>The survey's result as it may be shown to anyone in the workspace.</summary>
    public SurveyResult Disclose(Survey survey, IReadOnlyList<ReadinessAnswer> answers, IReadOnlyList<Interview> interviews)
    {
        var minimum = MinimumFor(survey);
        var respondents = RespondentsOf(answers, interviews);
        var shell = new SurveyResult(survey, [], null, interviews.Count, interviews.Count(i => i.Status == InterviewStatus.Finished),
            respondents.Count(r => r.Role == RespondentRole.Leader), respondents.Count(r => r.Role == RespondentRole.IndividualContributor),
            null, [], survey.Anonymous ? [] : ParticipantsOf(survey, answers), respondents.Count, minimum);
        var guarded = survey.Anonymous && survey.Mode == SurveyMode.Individual;
        if (guarded && survey.IsOpen)
        {
            return shell with { Withheld = ResultWithheld.UntilClosed };
        }
        if (guarded && respondents.Count < minimum)
        {
            return shell with { Withheld = ResultWithheld.TooFewRespondents };
        }
        var team = ReadinessScoring.ForGroup(respondents.Select(r => r.Scores));
        IReadOnlyList<VectorScore> shown = guarded ? [.. team.Where(s => s.Respondents >= minimum)] : team;
        var heldBack = team.Where(s => !shown.Contains(s)).Select(s => s.Vector).ToList();
        var stage = StageAnswers(answers);
        return shell with
        {
            Scores = survey.Anonymous ? [.. shown.Select(s => s with { Range = null })] : shown,
            Position = heldBack.Count == 0 ? _rules.Decide(shown) : null,
            Gap = survey.Mode == SurveyMode.Individual ? Gap(respondents, minimum) : null,
            StageBeliefs = guarded && stage.Count < minimum ? [] : CountStageBeliefs(stage),
            HeldBack = heldBack,
        };
    }

    /// <summary>
    /// A respondent's own scores, shown to them alone as their interview ends (in the together mode
    /// the team's, whose answers were given in the open). Never names anyone.
    /// </summary>
    public SurveyResult OwnResult(Survey survey, IReadOnlyList<ReadinessAnswer> own, Interview interview)
    {
        var scores = ReadinessScoring.ForGroup([ReadinessScoring.ForRespondent(_bank, own)]).Select(s => s with { Range = null }).ToList();
        return new SurveyResult(survey, scores, _rules.Decide(scores), 1, interview.Status == InterviewStatus.Finished ? 1 : 0, 0, 0, null, [], [], 1, 1);
    }

    private sealed record Respondent(RespondentRole? Role, IReadOnlyDictionary<ReadinessVector, decimal> Scores);

    private List<Respondent> RespondentsOf(IReadOnlyList<ReadinessAnswer> answers, IReadOnlyList<Interview> interviews)
    {
        var roles = interviews.Where(i => i.Role is not null).ToDictionary(i => i.Respondent, i => i.Role!.Value);
        return [.. answers.GroupBy(a => a.Respondent)
            .Select(g => new Respondent(roles.TryGetValue(g.Key, out var role) ? role : null, ReadinessScoring.ForRespondent(_bank, g)))
            .Where(r => r.Scores.Count > 0)];
    }

    private static IReadOnlyList<VectorGap>? Gap(List<Respondent> respondents, int minimum)
    {
        List<IReadOnlyDictionary<ReadinessVector, decimal>> InRole(RespondentRole? role) => [.. respondents.Where(r => r.Role == role).Select(r => r.Scores)];
        return PerceptionGap.Between(InRole(RespondentRole.Leader), InRole(RespondentRole.IndividualContributor), minimum, InRole(null));
    }

    private List<ReadinessAnswer> StageAnswers(IEnumerable<ReadinessAnswer> answers) =>
        _bank.Stage is not { } stage ? [] : [.. ReadinessScoring.Latest(answers).Where(a => a.QuestionId == stage.Id && a.Score is >= 1 and <= 4)];

    private List<(string, int)> CountStageBeliefs(List<ReadinessAnswer> stageAnswers) =>
        [.. stageAnswers.GroupBy(a => a.Score!.Value).OrderBy(g => g.Key).Select(g => (_bank.Stage!.Options[g.Key - 1], g.Count()))];

    private static List<UserRef> ParticipantsOf(Survey survey, IEnumerable<ReadinessAnswer> answers) =>
        [.. answers.Select(a => survey.Mode == SurveyMode.Together ? a.AnsweredBy.Id : a.Respondent).Distinct().Select(id => UserRef.TryParse(id, out var u) ? u : null).OfType<UserRef>()];
}
