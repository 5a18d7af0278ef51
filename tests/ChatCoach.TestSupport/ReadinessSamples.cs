using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Readiness.Plugin;

namespace ChatCoach.TestSupport;

/// <summary>Readiness replies as the channels receive them: a question from the shipped bank, and a large attributed result.</summary>
public static class ReadinessSamples
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    public static QuestionBank Bank { get; } =
        QuestionBankReader.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ChatCoach.Readiness", "readiness-questions.json")));

    public static Reply Question() => ReadinessMessages.Question(Survey("slack"), new AskQuestion(Bank.ScaleQuestions[5], 7, 16));

    private static Survey Survey(string channel) =>
        new(1, new WorkspaceId($"{channel}:T1"), channel, "C1", SurveyMode.Individual, false, new UserRef($"{channel}:U0"), At, At.AddDays(7), At.AddDays(7));

    /// <summary>The results of an attributed survey answered by <paramref name="people"/> people of the given channel, half leaders.</summary>
    public static Reply Results(string channel, int people)
    {
        var survey = Survey(channel);
        var respondents = Enumerable.Range(0, people).Select(i => $"{channel}:U{i:D3}").ToList();
        var answers = respondents.SelectMany((r, i) => Bank.ScaleQuestions.Select(q => new ReadinessAnswer(1, r, null, q.Id, 1 + ((i + q.Id.Length) % 5), null, new UserRef(r), At))).ToList();
        var interviews = respondents.Select((r, i) => new Interview(1, r, 16, InterviewStatus.Finished, i % 2 == 0 ? RespondentRole.Leader : RespondentRole.IndividualContributor, null, 16, At)).ToList();
        return ReadinessMessages.Results(new ReadinessDisclosure(Bank, new PositionRules()).Disclose(survey, answers, interviews));
    }

    /// <summary>One person's whole interview stored as the plugin stores it, step by step: every scale question answered with <paramref name="score"/>.</summary>
    public static async Task FinishInterviewAsync(IReadinessStore store, Survey survey, UserRef who, RespondentRole role, int score, DateTimeOffset at)
    {
        var interview = Interview.Begin(survey.Id, who.Id, at) with { Role = role };
        Check(await store.TrySaveStepAsync(interview, -1, null, CancellationToken.None));
        foreach (var question in Bank.ScaleQuestions)
        {
            var next = interview with { Position = interview.Position + 1, Version = interview.Version + 1 };
            var answer = new ReadinessAnswer(survey.Id, who.Id, role, question.Id, score, null, who, at);
            Check(await store.TrySaveStepAsync(next, interview.Version, answer, CancellationToken.None));
            interview = next;
        }
        Check(await store.TrySaveStepAsync(interview with { Status = InterviewStatus.Finished, Version = interview.Version + 1 }, interview.Version, null, CancellationToken.None));
    }

    private static void Check(bool saved)
    {
        if (!saved)
        {
            throw new InvalidOperationException("An interview step crossed while seeding a test survey.");
        }
    }
}
