using System.Data.Common;
using System.Security.Cryptography;
using ChatCoach.Domain.People;
using ChatCoach.Storage.Sql;
using ChatCoach.Readiness.Model;

namespace ChatCoach.Readiness.Storage;

/// <summary>
/// Readiness surveys in SQL (migration 4). Races are settled by the database: the partial unique
/// index keeps one open survey per workspace, closing is a conditional UPDATE, and an interview step
/// is written only if the interview's version is still the one the step started from.
/// </summary>
public sealed class SqlReadinessStore(Database database) : IReadinessStore
{
    // Every message asks whether a survey is open in its workspace; the answer is kept while the survey version holds.
    private readonly CachedByVersion<Survey[]> _open = new(database, v => v.Surveys);

    private const string SurveyColumns = "id, workspace_id, channel, conversation_id, mode, anonymous, started_by, started_at, deadline, closed_at, closed_by, reminded_at";
    private const string InterviewColumns = "survey_id, respondent, position, status, role, pending_question, pending_score, pending_text, version, updated_at";

    public async Task<Survey?> TryOpenAsync(Survey draft, CancellationToken cancellationToken)
    {
        // Random ids: no sequence syntax differs between the providers, and 2^53 leaves collisions to chance alone.
        var survey = draft with { Id = RandomNumberGenerator.GetInt32(1, int.MaxValue) * 1_000_000L + RandomNumberGenerator.GetInt32(0, 1_000_000) };
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            $"""
            INSERT INTO readiness_surveys ({SurveyColumns})
            VALUES (@id, @ws, @channel, @conversation, @mode, @anonymous, @by, @at, @deadline, NULL, NULL, NULL)
            ON CONFLICT DO NOTHING
            """,
            cancellationToken, ("@id", survey.Id), ("@ws", survey.Workspace.Value), ("@channel", survey.Channel), ("@conversation", survey.ConversationId),
            ("@mode", survey.Mode.ToString()), ("@anonymous", survey.Anonymous ? 1 : 0), ("@by", survey.StartedBy.Id),
            ("@at", SqlCommands.Timestamp(survey.StartedAt)), ("@deadline", SqlCommands.Timestamp(survey.Deadline)));
        return inserted == 1 ? survey : null;
    }

    public async Task<Survey?> OpenSurveyAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        (await _open.ReadAsync(workspace, async connection => (await connection.QueryAsync(
            $"SELECT {SurveyColumns} FROM readiness_surveys WHERE workspace_id = @ws AND closed_at IS NULL",
            ReadSurvey, cancellationToken, ("@ws", workspace.Value))).ToArray(), cancellationToken)) is [var first, ..] ? first : null;

    public async Task<Survey?> LatestSurveyAsync(WorkspaceId workspace, CancellationToken cancellationToken) =>
        (await SurveysAsync("WHERE workspace_id = @ws ORDER BY CASE WHEN closed_at IS NULL THEN 0 ELSE 1 END, closed_at DESC LIMIT 1",
            cancellationToken, ("@ws", workspace.Value))) is [var first, ..] ? first : null;

    public Task<IReadOnlyList<Survey>> AllOpenAsync(CancellationToken cancellationToken) =>
        SurveysAsync("WHERE closed_at IS NULL ORDER BY deadline", cancellationToken);

    public async Task<bool> TryCloseAsync(long surveyId, UserRef? closedBy, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE readiness_surveys SET closed_at = @at, closed_by = @by WHERE id = @id AND closed_at IS NULL",
            cancellationToken, ("@id", surveyId), ("@by", closedBy?.Id), ("@at", SqlCommands.Timestamp(at))) == 1;
    }

    public async Task<bool> TryMarkRemindedAsync(long surveyId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE readiness_surveys SET reminded_at = @at WHERE id = @id AND reminded_at IS NULL AND closed_at IS NULL",
            cancellationToken, ("@id", surveyId), ("@at", SqlCommands.Timestamp(at))) == 1;
    }

    public async Task<Interview?> InterviewAsync(long surveyId, string respondent, CancellationToken cancellationToken) =>
        (await InterviewsWhereAsync("WHERE survey_id = @id AND respondent = @respondent", cancellationToken, ("@id", surveyId), ("@respondent", respondent))) is [var first, ..] ? first : null;

    public Task<IReadOnlyList<Interview>> InterviewsAsync(long surveyId, CancellationToken cancellationToken) =>
        InterviewsWhereAsync("WHERE survey_id = @id ORDER BY updated_at", cancellationToken, ("@id", surveyId));

    public async Task<bool> TrySaveStepAsync(Interview interview, int expectedVersion, ReadinessAnswer? answer, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenWriteAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var saved = interview with { Version = expectedVersion + 1 };
        var written = expectedVersion < 0
            ? await transaction.ExecuteAsync(
                $"INSERT INTO readiness_interviews ({InterviewColumns}) VALUES (@id, @respondent, @position, @status, @role, @pq, @ps, @pt, @version, @at) ON CONFLICT DO NOTHING",
                cancellationToken, InterviewParameters(saved))
            : await transaction.ExecuteAsync(
                """
                UPDATE readiness_interviews SET position = @position, status = @status, role = @role, pending_question = @pq,
                    pending_score = @ps, pending_text = @pt, version = @version, updated_at = @at
                WHERE survey_id = @id AND respondent = @respondent AND version = @expected
                """,
                cancellationToken, [.. InterviewParameters(saved), ("@expected", expectedVersion)]);
        if (written != 1)
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }
        if (answer is not null)
        {
            await InsertAnswerAsync(transaction, answer, saved.Version, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ReadinessAnswer>> AnswersAsync(long surveyId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            """
            SELECT survey_id, respondent, role, question_id, score, raw_text, answered_by, answered_at
            FROM readiness_answers WHERE survey_id = @id ORDER BY respondent, version
            """,
            r => new ReadinessAnswer(Convert.ToInt64(r.GetValue(0)), r.GetString(1), Role(r.NullableString(2)), r.GetString(3),
                r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4)), r.NullableString(5), new UserRef(r.GetString(6)), r.ReadTimestamp(7)),
            cancellationToken, ("@id", surveyId));
    }

    private static Task InsertAnswerAsync(DbTransaction transaction, ReadinessAnswer answer, int version, CancellationToken cancellationToken) =>
        transaction.ExecuteAsync(
            """
            INSERT INTO readiness_answers (survey_id, respondent, version, role, question_id, score, raw_text, answered_by, answered_at)
            VALUES (@id, @respondent, @version, @role, @question, @score, @raw, @by, @at)
            """,
            cancellationToken, ("@id", answer.SurveyId), ("@respondent", answer.Respondent), ("@version", version), ("@role", answer.Role?.ToString()),
            ("@question", answer.QuestionId), ("@score", answer.Score), ("@raw", answer.RawText), ("@by", answer.AnsweredBy.Id),
            ("@at", SqlCommands.Timestamp(answer.AnsweredAt)));

    private static (string, object?)[] InterviewParameters(Interview i) =>
    [
        ("@id", i.SurveyId), ("@respondent", i.Respondent), ("@position", i.Position), ("@status", i.Status.ToString()), ("@role", i.Role?.ToString()),
        ("@pq", i.Pending?.QuestionId), ("@ps", i.Pending?.Score), ("@pt", i.Pending?.RawText), ("@version", i.Version), ("@at", SqlCommands.Timestamp(i.UpdatedAt)),
    ];

    private async Task<IReadOnlyList<Survey>> SurveysAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {SurveyColumns} FROM readiness_surveys {where}", ReadSurvey, cancellationToken, parameters);
    }

    private async Task<IReadOnlyList<Interview>> InterviewsWhereAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {InterviewColumns} FROM readiness_interviews {where}", ReadInterview, cancellationToken, parameters);
    }

    private static Survey ReadSurvey(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(0)), new WorkspaceId(r.GetString(1)), r.GetString(2), r.GetString(3), Enum.Parse<SurveyMode>(r.GetString(4)),
        Convert.ToInt32(r.GetValue(5)) == 1, new UserRef(r.GetString(6)), r.ReadTimestamp(7), r.ReadTimestamp(8),
        r.IsDBNull(9) ? null : r.ReadTimestamp(9), r.NullableString(10) is { } by ? new UserRef(by) : null, r.IsDBNull(11) ? null : r.ReadTimestamp(11));

    private static Interview ReadInterview(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(0)), r.GetString(1), Convert.ToInt32(r.GetValue(2)), Enum.Parse<InterviewStatus>(r.GetString(3)), Role(r.NullableString(4)),
        r.NullableString(5) is { } question ? new PendingAnswer(question, Convert.ToInt32(r.GetValue(6)), r.GetString(7)) : null,
        Convert.ToInt32(r.GetValue(8)), r.ReadTimestamp(9));

    private static RespondentRole? Role(string? text) => text is null ? null : Enum.Parse<RespondentRole>(text);
}
