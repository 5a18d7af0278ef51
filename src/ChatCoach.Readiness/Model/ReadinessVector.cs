namespace ChatCoach.Readiness.Model;

/// <summary>The four independent dimensions the readiness interview scores, each from 20% to 100%.</summary>
public enum ReadinessVector
{
    OrganizationalCapacity,
    BusinessModelLeverage,
    ChangeVelocity,
    CompetitiveNecessity,
}

public static class ReadinessVectors
{
    public static IReadOnlyList<ReadinessVector> All { get; } = Enum.GetValues<ReadinessVector>();

    public static string Name(this ReadinessVector vector) => vector switch
    {
        ReadinessVector.OrganizationalCapacity => "Organizational capacity",
        ReadinessVector.BusinessModelLeverage => "Business model leverage",
        ReadinessVector.ChangeVelocity => "Change velocity",
        ReadinessVector.CompetitiveNecessity => "Competitive necessity",
        _ => vector.ToString(),
    };

    /// <summary>The key used in the question bank file: "organizational-capacity" and so on.</summary>
    public static string Key(this ReadinessVector vector) => vector switch
    {
        ReadinessVector.OrganizationalCapacity => "organizational-capacity",
        ReadinessVector.BusinessModelLeverage => "business-model-leverage",
        ReadinessVector.ChangeVelocity => "change-velocity",
        ReadinessVector.CompetitiveNecessity => "competitive-necessity",
        _ => vector.ToString(),
    };

    public static ReadinessVector? FromKey(string? key) =>
        All.Cast<ReadinessVector?>().FirstOrDefault(v => string.Equals(v!.Value.Key(), key?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>How the person answering sees the team: the perception gap compares the two.</summary>
public enum RespondentRole
{
    Leader,
    IndividualContributor,
}
