namespace ChatCoach.Readiness.Model;

/// <summary>Leaders' and individual contributors' scores for one vector.</summary>
public sealed record VectorGap(ReadinessVector Vector, decimal Leaders, decimal IndividualContributors)
{
    public decimal Difference => Leaders - IndividualContributors;
}

/// <summary>
/// Where leaders and individual contributors see the team differently. A vector is compared only
/// when each role has at least <c>minimum</c> respondents on it, and when those without a role are
/// either none or at least as many: otherwise the team's figure minus the two groups' would be the
/// score of the one or two people left over.
/// </summary>
public static class PerceptionGap
{
    /// <summary>A difference this large (in percentage points) is called a disagreement.</summary>
    public const decimal Notable = 15m;

    /// <returns>Null when no vector may be compared.</returns>
    public static IReadOnlyList<VectorGap>? Between(
        IReadOnlyList<IReadOnlyDictionary<ReadinessVector, decimal>> leaders,
        IReadOnlyList<IReadOnlyDictionary<ReadinessVector, decimal>> contributors,
        int minimum,
        IReadOnlyList<IReadOnlyDictionary<ReadinessVector, decimal>>? withoutRole = null)
    {
        var others = withoutRole ?? [];
        var lead = ReadinessScoring.ForGroup(leaders).ToDictionary(s => s.Vector);
        var ics = ReadinessScoring.ForGroup(contributors).ToDictionary(s => s.Vector);
        var gap = ReadinessVectors.All
            .Where(v => lead.TryGetValue(v, out var l) && l.Respondents >= minimum && ics.TryGetValue(v, out var i) && i.Respondents >= minimum)
            .Where(v => others.Count(o => o.ContainsKey(v)) is var rest && (rest == 0 || rest >= minimum))
            .Select(v => new VectorGap(v, lead[v].Percent, ics[v].Percent))
            .ToList();
        return gap.Count == 0 ? null : gap;
    }
}
