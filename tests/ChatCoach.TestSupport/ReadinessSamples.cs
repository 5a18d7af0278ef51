using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Readiness;
using ChatCoach.Plugins.Readiness;

namespace ChatCoach.TestSupport;

/// <summary>Readiness replies as the channels receive them: a question from the shipped bank, and a large attributed result.</summary>
public static class ReadinessSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static QuestionBank Bank { get; } =
        QuestionBankReader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ChatCoach.Host", "Readiness", "readiness-questions.json")));

    public static Reply Question() => ReadinessMessages.Question(new AskQuestion(Bank.ScaleQuestions[5], 7, 16));

    /// <summary>The results of an attributed survey answered by <paramref name="people"/> people of the given channel, half leaders.</summary>
    public static Reply Results(string channel, int people)
    {
        var survey = new Survey(1, new WorkspaceId($"{channel}:T1"), channel, "C1", SurveyMode.Individual, false, new UserRef($"{channel}:U0"), At, At.AddDays(7), At.AddDays(7));
        var respondents = Enumerable.Range(0, people).Select(i => $"{channel}:U{i:D3}").ToList();
        var answers = respondents.SelectMany((r, i) => Bank.ScaleQuestions.Select(q => new ReadinessAnswer(1, r, null, q.Id, 1 + ((i + q.Id.Length) % 5), null, new UserRef(r), At))).ToList();
        var interviews = respondents.Select((r, i) => new Interview(1, r, 16, InterviewStatus.Finished, i % 2 == 0 ? RespondentRole.Leader : RespondentRole.IndividualContributor, null, 16, At)).ToList();
        return ReadinessMessages.Results(new ReadinessDisclosure(Bank, new PositionRules()).Disclose(survey, answers, interviews));
    }
}
