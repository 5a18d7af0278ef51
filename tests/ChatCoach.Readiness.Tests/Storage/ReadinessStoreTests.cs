using ChatCoach.Readiness;
using ChatCoach.Readiness.Storage;
using ChatCoach.Domain.People;
using ChatCoach.Readiness.Model;
using ChatCoach.Storage.Sql;
using ChatCoach.TestSupport;

namespace ChatCoach.Readiness.Tests.Storage;

public sealed class ReadinessStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly WorkspaceId Acme = new("slack:TACME");
    private static readonly UserRef Dana = new("slack:UDANA");

    private static Survey Draft(WorkspaceId workspace) => new(0, workspace, "slack", "C1", SurveyMode.Individual, true, Dana, Now, Now.AddDays(7));

    private static ReadinessAnswer Answer(long survey, string question, int? score) =>
        new(survey, Dana.Id, RespondentRole.Leader, question, score, score is null ? null : "mostly", Dana, Now);

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Of_many_concurrent_starts_in_one_workspace_exactly_one_opens(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);

        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => new SqlReadinessStore(db.Reopen()).TryOpenAsync(Draft(Acme), None))));
        var elsewhere = await new SqlReadinessStore(db.Database).TryOpenAsync(Draft(new WorkspaceId("slack:TOTHER")), None);

        var survey = Assert.Single(opened.OfType<Survey>());
        Assert.NotNull(elsewhere);
        var stored = await new SqlReadinessStore(db.Database).OpenSurveyAsync(Acme, None);
        Assert.Equal(survey, stored);
        Assert.Equal(2, (await new SqlReadinessStore(db.Database).AllOpenAsync(None)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task A_survey_closes_once_and_then_a_new_one_may_open(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlReadinessStore(db.Database);
        var survey = (await store.TryOpenAsync(Draft(Acme), None))!;

        var first = await store.TryCloseAsync(survey.Id, Dana, Now.AddDays(1), None);
        var second = await store.TryCloseAsync(survey.Id, null, Now.AddDays(2), None);
        var reminded = await store.TryMarkRemindedAsync(survey.Id, Now, None);
        var next = await store.TryOpenAsync(Draft(Acme), None);

        Assert.Equal((true, false, false), (first, second, reminded));
        Assert.NotNull(next);
        Assert.Null(await store.OpenSurveyAsync(Acme, None) is { } open && open.Id == survey.Id ? open : null);
        var closed = (await store.LatestSurveyAsync(Acme, None))!;
        Assert.Equal(next!.Id, closed.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task An_interview_step_is_written_only_from_the_version_it_started_from(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlReadinessStore(db.Database);
        var survey = (await store.TryOpenAsync(Draft(Acme), None))!;
        var begun = Interview.Begin(survey.Id, Dana.Id, Now);
        Assert.True(await store.TrySaveStepAsync(begun, -1, null, None));
        Assert.False(await store.TrySaveStepAsync(begun, -1, null, None));

        var saved = (await store.InterviewAsync(survey.Id, Dana.Id, None))!;
        var advanced = saved with { Position = 1, Role = RespondentRole.Leader, Pending = new PendingAnswer("q2", 4, "mostly") };
        var won = await store.TrySaveStepAsync(advanced, saved.Version, Answer(survey.Id, "role", 1), None);
        var lost = await store.TrySaveStepAsync(advanced with { Position = 9 }, saved.Version, Answer(survey.Id, "q9", 5), None);

        Assert.Equal((true, false), (won, lost));
        var now = (await store.InterviewAsync(survey.Id, Dana.Id, None))!;
        Assert.Equal((1, RespondentRole.Leader, new PendingAnswer("q2", 4, "mostly"), saved.Version + 1), (now.Position, now.Role, now.Pending, now.Version));
        var answer = Assert.Single(await store.AnswersAsync(survey.Id, None));
        Assert.Equal(Answer(survey.Id, "role", 1), answer);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task Answers_come_back_in_the_order_they_were_given_skips_included(string provider)
    {
        await using var db = await TestDatabases.CreateAsync(provider);
        var store = new SqlReadinessStore(db.Database);
        var survey = (await store.TryOpenAsync(Draft(Acme), None))!;
        var interview = Interview.Begin(survey.Id, Dana.Id, Now);
        await store.TrySaveStepAsync(interview, -1, null, None);
        var version = 0;
        foreach (var answer in new[] { Answer(survey.Id, "q1", 2), Answer(survey.Id, "q2", null), Answer(survey.Id, "q1", 5) })
        {
            Assert.True(await store.TrySaveStepAsync(interview, version++, answer, None));
        }

        var answers = await store.AnswersAsync(survey.Id, None);

        Assert.Equal([2, null, 5], answers.Select(a => a.Score));
        Assert.Equal(5, ReadinessScoring.Latest(answers).Single(a => a.QuestionId == "q1").Score);
    }
}
