namespace ChatCoach.Readiness.Model;

/// <summary>How far apart a group's members were on a vector: never part of an anonymous result.</summary>
public sealed record ScoreRange(decimal Lowest, decimal Highest)
{
    public decimal Spread => Highest - Lowest;
}

/// <summary>A vector's score for a group.</summary>
/// <param name="Respondents">How many respondents answered at least one of the vector's questions.</param>
/// <param name="Range">The lowest and highest member's score; null where it may not be shown (<see cref="ReadinessDisclosure"/>).</param>
public sealed record VectorScore(ReadinessVector Vector, decimal Percent, int Respondents, ScoreRange? Range = null);

/// <summary>
/// Turns five-point answers into the source's 20–100% range: a mean of 1 is 20%, 5 is 100%, linearly
/// in between. A team's score is the mean of its respondents' scores; skipped questions do not count.
/// </summary>
public static class ReadinessScoring
{
    public const decimal Floor = 20m;
    public const decimal Ceiling = 100m;

    public static decimal Percent(decimal meanOfPoints) => Math.Round(Floor + ((meanOfPoints - 1m) * (Ceiling - Floor) / (QuestionBank.ScalePoints - 1)), 1);

    /// <summary>One respondent's score per vector, from their latest answer to each question.</summary>
    public static IReadOnlyDictionary<ReadinessVector, decimal> ForRespondent(QuestionBank bank, IEnumerable<ReadinessAnswer> answers)
    {
        var latest = Latest(answers).Where(a => a.Score is not null).ToDictionary(a => a.QuestionId, a => a.Score!.Value);
        var scores = new Dictionary<ReadinessVector, decimal>();
        foreach (var group in bank.ScaleQuestions.GroupBy(q => q.Vector!.Value))
        {
            var points = group.Where(q => latest.ContainsKey(q.Id)).Select(q => (decimal)latest[q.Id]).ToList();
            if (points.Count > 0)
            {
                scores[group.Key] = Percent(points.Average());
            }
        }
        return scores;
    }

    /// <summary>The group's score per vector, with its range; a vector nobody answered is absent rather than guessed.</summary>
    public static IReadOnlyList<VectorScore> ForGroup(IEnumerable<IReadOnlyDictionary<ReadinessVector, decimal>> respondents)
    {
        var all = respondents.ToList();
        return [.. ReadinessVectors.All
            .Select(v => (Vector: v, Scores: all.Where(r => r.ContainsKey(v)).Select(r => r[v]).ToList()))
            .Where(x => x.Scores.Count > 0)
            .Select(x => new VectorScore(x.Vector, Math.Round(x.Scores.Average(), 1), x.Scores.Count, new ScoreRange(x.Scores.Min(), x.Scores.Max())))];
    }

    /// <summary>
    /// The latest answer per (respondent, question), given answers in the order they were stored:
    /// going back and answering again replaces, without deleting.
    /// </summary>
    public static IEnumerable<ReadinessAnswer> Latest(IEnumerable<ReadinessAnswer> answers) =>
        answers.GroupBy(a => (a.Respondent, a.QuestionId)).Select(g => g.Last());
}
