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

    /// <summary>
    /// The marketing job each default row measures, and why that matters, for "why does X matter".
    /// Rows an admin adds carry the admin's own words instead (<see cref="Indicator.Why"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, MarketingJob> Jobs { get; } = new Dictionary<string, MarketingJob>(StringComparer.Ordinal)
    {
        ["spend-traceable"] = new("Demonstrate marketing's contribution to financial outcomes",
            "If spend can't be followed to pipeline and revenue, marketing's budget is defended with opinions instead of evidence."),
        ["cost-per-qualified-opp"] = new("Generate qualified demand each quarter",
            "It is what each real sales conversation costs; when it falls, the same budget buys more of the demand the quarter depends on."),
        ["win-rate-non-price"] = new("Position the offering as new competitors enter",
            "Deals won on something other than a discount show the positioning is working; a team that only wins on price is losing the argument."),
        ["proof-shipped"] = new("Turn customer proof into the next sale",
            "Buyers check with existing customers before they buy, so usable proof is raw material for the next deal."),
        ["result-to-proof-days"] = new("Turn customer proof into the next sale",
            "A customer's result only helps sell once it is published; the longer it waits, the staler and less usable it gets."),
        ["signal-to-offer-days"] = new("Sense what the market wants next",
            "It measures how quickly what customers tell you changes what you sell, which is what keeps existing customers growing."),
    };
}

/// <summary>One of the marketing jobs the scoreboard measures, and a sentence on why it matters.</summary>
public sealed record MarketingJob(string Job, string WhyItMatters);
