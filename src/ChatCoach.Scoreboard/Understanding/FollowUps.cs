using System.Text.RegularExpressions;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Follow-ups read in the conversation's context (<see cref="ConversationState"/>): "and win
/// rate?" asks the last question of another indicator, "what about last month?" of another month,
/// and "it"/"that one" in "who owns it?" or "record 38 for it" is the indicator last talked about.
/// </summary>
public static partial class FollowUps
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(
        @"^(and|and what about|what about|how about|and how about|what of|same for|and for|and in|and also" +
        @"|also|ok and|now)\s+(?<rest>.+?)$|^(?<rest>.+?)\s+too$",
        Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Another();

    [GeneratedRegex(@"\b(it|that one|this one|that metric|that kpi|that number|that indicator|the same one|same one)\b|\bthat$", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Pronoun();

    /// <summary>"and win rate?", "what about last month?": the last question asked again of what is new; null when the message is not such a follow-up.</summary>
    public static Intent? Another(string cleaned, ConversationState state, DateOnly today, IReadOnlyList<Indicator> board)
    {
        if (state.Topic is null || Another().Match(cleaned) is not { Success: true } match)
        {
            return null;
        }
        var rest = match.Groups["rest"].Value;
        var month = PeriodPhrases.Find(rest, today) is { } found ? found.Period : (Period?)null;
        var restWithoutMonth = month is null ? rest : rest.Replace(PeriodPhrases.Find(rest, today)!.Value.Matched, " ", StringComparison.OrdinalIgnoreCase).Trim();
        var indicator = restWithoutMonth.Length > 0 ? SlotReader.Indicator(restWithoutMonth, board) : null;
        if (indicator is null && (month is null || state.Indicator is null || restWithoutMonth.Length > 0 && !IsFiller(restWithoutMonth)))
        {
            return null;
        }
        return Ask(state.Topic, indicator ?? state.Indicator!, month ?? (indicator is null ? null : ParsePeriod(state.Period)));
    }

    /// <summary>The message with "it" standing for the indicator last talked about; null when there is none or no pronoun.</summary>
    public static string? WithIndicator(string cleaned, ConversationState state) =>
        state.Indicator is { } indicator && Pronoun().IsMatch(cleaned) ? Pronoun().Replace(cleaned, indicator) : null;

    /// <summary>The indicator slot of a reading is only a pronoun: "who owns it", "record 38 for it".</summary>
    public static bool NamesOnlyAPronoun(Intent intent) => IndicatorOf(intent) is { } phrase && Pronoun().Match(phrase.Trim()) is { Success: true } m && m.Length == phrase.Trim().Length;

    /// <summary>What the conversation is about after this intent was answered.</summary>
    public static ConversationState After(ConversationState state, Intent intent) => intent switch
    {
        Unsure u => After(state, u.Inner),
        NotWritten n => After(state, n.Answer),
        AskIndicator a => state with { Indicator = a.Indicator, Period = a.Month?.ToString(), Topic = a.Aspect.ToString() },
        ShowOwners { Indicator: { } i } => state with { Indicator = i, Topic = "owner" },
        ShowHistory h => state with { Indicator = h.Indicator, Topic = "history" },
        RecordValue r => state with { Indicator = r.Indicator, Period = r.Period?.ToString(), Topic = nameof(IndicatorAspect.Latest) },
        SetTarget t => state with { Indicator = t.Indicator, Topic = nameof(IndicatorAspect.Target) },
        SetOwner o => state with { Indicator = o.Indicator, Topic = "owner" },
        _ => state,
    };

    private static string? IndicatorOf(Intent intent) => intent switch
    {
        Unsure u => IndicatorOf(u.Inner),
        NotWritten n => IndicatorOf(n.Answer),
        AskIndicator a => a.Indicator,
        ShowOwners o => o.Indicator,
        ShowHistory h => h.Indicator,
        RecordValue r => r.Indicator,
        SetTarget t => t.Indicator,
        SetOwner o => o.Indicator,
        _ => null,
    };

    private static Intent Ask(string topic, string indicator, Period? month) => topic switch
    {
        "owner" => new ShowOwners(indicator),
        "history" => new ShowHistory(indicator),
        _ => new AskIndicator(indicator, Enum.TryParse<IndicatorAspect>(topic, out var aspect) ? aspect : IndicatorAspect.Latest, month),
    };

    private static bool IsFiller(string words) => words.Trim() is "then" or "for it" or "for that" or "instead" or "the month before";

    private static Period? ParsePeriod(string? period) => Period.TryParse(period, out var p) ? p : null;
}
