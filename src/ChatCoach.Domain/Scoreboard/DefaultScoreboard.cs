namespace ChatCoach.Domain.Scoreboard;

/// <summary>The six rows every new workspace starts with; an organisation edits them from there.</summary>
public static class DefaultScoreboard
{
    public static IReadOnlyList<Indicator> Indicators { get; } =
    [
        new("spend-traceable", "Share of marketing spend traceable to pipeline and revenue", Unit.Percent, BetterWhen.Higher,
            "The CFO conversation; next year's budget",
            Aliases: ["traceable spend", "spend traceable", "spend traceability", "attribution"], Position: 1),
        new("cost-per-qualified-opp", "Cost per qualified opportunity", Unit.Currency, BetterWhen.Lower,
            "Pipeline; program ROI",
            Aliases: ["cost per opp", "cost per opportunity", "cpo", "cost per qualified opp"], Position: 2),
        new("win-rate-non-price", "Win rate on deals decided by more than price", Unit.Percent, BetterWhen.Higher,
            "Pricing power; new revenue quality",
            Aliases: ["win rate", "non-price win rate"], Position: 3),
        new("proof-shipped", "Referenceable proof shipped per quarter", Unit.Count, BetterWhen.Higher,
            "Win rate; cost of sale",
            Aliases: ["proof", "proof shipped", "proof engine", "referenceable proof", "case studies"], Position: 4),
        new("result-to-proof-days", "Time from customer result to published proof", Unit.Days, BetterWhen.Lower,
            "The advocacy line's yield",
            Aliases: ["result to proof", "time to proof", "time to publish proof"], Position: 5),
        new("signal-to-offer-days", "Time from customer signal to offer change", Unit.Days, BetterWhen.Lower,
            "Revenue grown from existing customers",
            Aliases: ["signal to offer", "time to offer change", "offer change time"], Position: 6),
    ];
}
