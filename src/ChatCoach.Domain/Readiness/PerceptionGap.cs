namespace ChatCoach.Domain.Readiness;

/// <summary>Leaders' and individual contributors' scores for one vector.</summary>
public sealed record VectorGap(ReadinessVector Vector, decimal Leaders, decimal IndividualContributors)
{
    public decimal Difference => Leaders - IndividualContributors;
}

/// <summary>
/// Where leaders and individual contributors see the team differently. Shown only when each group
/// has at least <see cref="MinGroupSize"/> respondents, so nobody's answers can be singled out.
/// </summary>
public static class PerceptionGap
{
    public const int MinGroupSize = 3;

    /// <summary>A difference this large (in percentage points) is called a disagreement.</summary>
    public const decimal Notable = 15m;

    /// <returns>Null when either group is too small to show.</returns>
    public static IReadOnlyList<VectorGap>? Between(
        IReadOnlyList<IReadOnlyDictionary<ReadinessVector, decimal>> leaders,
        IReadOnlyList<IReadOnlyDictionary<ReadinessVector, decimal>> contributors)
    {
        if (leaders.Count < MinGroupSize || contributors.Count < MinGroupSize)
        {
            return null;
        }
        var lead = ReadinessScoring.ForGroup(leaders).ToDictionary(s => s.Vector, s => s.Percent);
        var ics = ReadinessScoring.ForGroup(contributors).ToDictionary(s => s.Vector, s => s.Percent);
        return [.. ReadinessVectors.All.Where(v => lead.ContainsKey(v) && ics.ContainsKey(v)).Select(v => new VectorGap(v, lead[v], ics[v]))];
    }
}
