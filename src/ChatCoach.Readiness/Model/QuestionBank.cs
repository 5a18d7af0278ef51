namespace ChatCoach.Readiness.Model;

/// <summary>What a survey question asks for: a point on a vector's scale, the respondent's role, or the stage they believe the team is at.</summary>
public enum QuestionKind
{
    Scale,
    Role,
    Stage,
}

/// <param name="Options">The labelled points, lowest first; a scale question has exactly five.</param>
/// <param name="Vector">Set for scale questions only.</param>
public sealed record SurveyQuestion(string Id, QuestionKind Kind, string Text, IReadOnlyList<string> Options, ReadinessVector? Vector = null);

/// <summary>
/// The survey's questions, read from a data file an organisation may edit (see
/// <see cref="QuestionBankReader"/>): three or four scale questions per vector, the role question,
/// and optionally the stage question.
/// </summary>
public sealed record QuestionBank(SurveyQuestion Role, IReadOnlyList<SurveyQuestion> ScaleQuestions, SurveyQuestion? Stage)
{
    public const int ScalePoints = 5;
    public const int MinPerVector = 3;
    public const int MaxPerVector = 4;

    /// <summary>The order an interview asks in: who you are (individually), the vectors, then the stage.</summary>
    public IReadOnlyList<SurveyQuestion> Script(SurveyMode mode) =>
        [.. mode == SurveyMode.Individual ? [Role] : Array.Empty<SurveyQuestion>(), .. ScaleQuestions, .. Stage is null ? [] : new[] { Stage }];

    public SurveyQuestion? Find(string id) =>
        id == Role.Id ? Role : id == Stage?.Id ? Stage : ScaleQuestions.FirstOrDefault(q => q.Id == id);
}
