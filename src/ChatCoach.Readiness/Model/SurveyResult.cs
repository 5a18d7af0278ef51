using ChatCoach.Domain.People;

namespace ChatCoach.Readiness.Model;

/// <summary>Why a result shows no scores at all.</summary>
public enum ResultWithheld
{
    /// <summary>An anonymous survey that is still open: two reads could be differenced.</summary>
    UntilClosed,

    /// <summary>An anonymous survey answered by fewer people than the minimum group size.</summary>
    TooFewRespondents,
}

/// <summary>
/// A survey's result as it may be shown (made only by <see cref="ReadinessDisclosure"/>): the team's
/// vector scores, the position they add up to, how many took part, and — with enough people in each
/// role — where leaders and contributors disagree. Every figure comes from stored answers; every
/// surface renders this, never the answers themselves.
/// </summary>
/// <param name="Participants">Who took part; empty when the survey is anonymous.</param>
/// <param name="Gap">Null when no vector may be compared (a role group under the minimum size, or the team answered as one).</param>
/// <param name="StageBeliefs">How many respondents picked each stage label.</param>
/// <param name="Respondents">How many people gave at least one score.</param>
/// <param name="MinGroupSize">The smallest group this survey shows a figure for.</param>
/// <param name="Withheld">Set when no score may be shown at all.</param>
/// <param name="HeldBack">Vectors answered by fewer people than the minimum: not shown, and no position is read without them.</param>
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
    IReadOnlyList<UserRef> Participants,
    int Respondents,
    int MinGroupSize,
    ResultWithheld? Withheld = null,
    IReadOnlyList<ReadinessVector>? HeldBack = null)
{
    public IReadOnlyList<ReadinessVector> HeldBackVectors => HeldBack ?? [];
}
