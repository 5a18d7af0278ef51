namespace ChatCoach.Readiness.Model;

/// <summary>The four positions the vectors combine into, in the order the rules are tried.</summary>
public enum PositionKind
{
    /// <summary>Necessity is low: efficiency gains and structured pilots, whatever the rest.</summary>
    LowNecessity,

    /// <summary>High necessity, low capacity: the foundation is missing.</summary>
    Crisis,

    /// <summary>High necessity and capacity, low velocity: able in theory, too slow in practice.</summary>
    Trap,

    /// <summary>High on necessity, capacity and velocity: transformation is necessary and achievable.</summary>
    Transformation,
}

/// <summary>How hard to push, from business model leverage.</summary>
public enum InvestmentStance
{
    /// <summary>AI addresses the core business constraint: the case is strong.</summary>
    Aggressive,

    /// <summary>AI mainly makes the team faster: efficiency gains are the ceiling.</summary>
    EfficiencyCeiling,
}

/// <param name="Meaning">What the position says about the team.</param>
/// <param name="Move">The recommended next move.</param>
/// <param name="Horizon">The time horizon that goes with the move.</param>
public sealed record ReadinessPosition(PositionKind Kind, string Title, string Meaning, string Move, string Horizon, InvestmentStance Stance, string StanceAdvice);

/// <summary>
/// The rules that turn four vector scores into a position, exactly in the order of the readiness
/// model: low necessity first, then crisis, trap, and the rare position. A score counts as high at or
/// above the threshold (default 60%, configurable).
/// </summary>
public sealed class PositionRules(decimal highThreshold = PositionRules.DefaultHighThreshold)
{
    public const decimal DefaultHighThreshold = 60m;

    public decimal HighThreshold { get; } = highThreshold is >= ReadinessScoring.Floor and <= ReadinessScoring.Ceiling
        ? highThreshold
        : throw new ArgumentOutOfRangeException(nameof(highThreshold), highThreshold, "The high threshold is a percentage between 20 and 100.");

    public bool IsHigh(decimal percent) => percent >= HighThreshold;

    /// <summary>Null when a vector has no score yet: a position is never guessed from part of the picture.</summary>
    public ReadinessPosition? Decide(IReadOnlyList<VectorScore> scores)
    {
        var byVector = scores.ToDictionary(s => s.Vector, s => s.Percent);
        if (ReadinessVectors.All.Any(v => !byVector.ContainsKey(v)))
        {
            return null;
        }
        var necessity = IsHigh(byVector[ReadinessVector.CompetitiveNecessity]);
        var capacity = IsHigh(byVector[ReadinessVector.OrganizationalCapacity]);
        var velocity = IsHigh(byVector[ReadinessVector.ChangeVelocity]);
        var kind = !necessity ? PositionKind.LowNecessity
            : !capacity ? PositionKind.Crisis
            : !velocity ? PositionKind.Trap
            : PositionKind.Transformation;
        var stance = IsHigh(byVector[ReadinessVector.BusinessModelLeverage]) ? InvestmentStance.Aggressive : InvestmentStance.EfficiencyCeiling;
        return Describe(kind, stance);
    }

    private static ReadinessPosition Describe(PositionKind kind, InvestmentStance stance)
    {
        var (title, meaning, move, horizon) = kind switch
        {
            PositionKind.LowNecessity => ("Efficiency first",
                "The market does not force the team to be AI-native, so a stage-4 benchmark is the wrong yardstick.",
                "Go after efficiency gains with structured pilots (stage 2) that each have a measured outcome.",
                "Review the pilots every quarter; revisit this survey in 6–12 months."),
            PositionKind.Crisis => ("Crisis",
                "Transformation is required, but the foundation to carry it — data, sponsorship, skills, approved tools — is missing.",
                "Build capacity before anything else: data access, executive backing that reaches budgets, and people who can build AI workflows.",
                "The next 12–24 months."),
            PositionKind.Trap => ("Trap",
                "The team could do it in theory, but changes too slowly to do it in practice.",
                "Either accept a timeline of about 24 months or make deliberate moves that raise change velocity (smaller releases, safe experiments, rebuilt workflows).",
                "About 24 months unless velocity rises."),
            _ => ("Transformation",
                "The rare position: transformation is both necessary and achievable.",
                "Transform now: redesign the core workflows around AI and measure them against the scoreboard.",
                "6–12 months to visible results."),
        };
        var advice = stance == InvestmentStance.Aggressive
            ? "Business model leverage is high: AI works on the core business constraint, so the case to invest is strong."
            : "Business model leverage is low: AI mostly makes the team faster, so efficiency gains are the ceiling — invest accordingly.";
        return new ReadinessPosition(kind, title, meaning, move, horizon, stance, advice);
    }
}
