using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>What to do with a reading: act on it, ask before a write, or offer suggestions.</summary>
public enum Decision
{
    Act,
    Confirm,
    Suggest,
}

/// <summary>One message read: the intent, the model's label and confidence, and what to do.</summary>
public sealed record Reading(Intent Intent, string ModelLabel, float Confidence, Mood Mood)
{
    public Decision Decision => Intent switch
    {
        Unsure { Inner: var inner } when WriteGate.IsWrite(inner) => Decision.Confirm,
        NotUnderstood => Decision.Suggest,
        _ => Decision.Act,
    };

    /// <summary>Written straight away, without a question.</summary>
    public bool WritesNow => Decision == Decision.Act && WriteGate.IsWrite(Intent);
}

/// <summary>
/// The reading pipeline (issue 29): normalise → the strict phrase readers and the trained classifier
/// → slots by the existing parsers → mood and confidence decide act, confirm or suggest. Pure: no
/// I/O, the same words on the same day against the same board read the same.
/// </summary>
/// <remarks>
/// The two readers check each other. A strict phrase is precise when it fits; the model covers the
/// phrasings no phrase was written for. A write is done straight away only when a strict phrase read
/// it as a plain statement, every slot was read and the model does not confidently read something
/// else; anything less is asked about.
/// What the model alone reads is never written without a yes.
/// </remarks>
public sealed class Reader(IntentClassifier classifier)
{
    /// <summary>Below this the model's label is not used at all: suggestions instead.</summary>
    public const float SuggestBelow = 0.45f;

    /// <summary>A strict write the model reads as something else with at least this confidence is asked about.</summary>
    public const float AgreeAtLeast = 0.75f;

    /// <summary>The model overrides the loosest phrase family (a question about one indicator) only this sure.</summary>
    public const float OverrideAtLeast = 0.6f;

    /// <summary>The model's reading of another question about the row a loose question names counts this sure.</summary>
    public const float OneRowQuestionAtLeast = 0.3f;

    /// <summary>The model's reading replaces any phrase's that writes nothing only this sure.</summary>
    public const float OutweighsPhraseAt = 0.9f;

    public Reading Read(string message, DateOnly today, IReadOnlyList<Indicator>? board = null)
    {
        message = MoodReader.WithoutPoliteLead(message);
        var cleaned = Utterance.Clean(message);
        var mood = MoodReader.Read(cleaned, message);
        var (label, confidence) = classifier.Predict(message, today);
        var strict = IntentReader.Read(message, today, board);
        if (mood == Mood.Hedge && !WriteGate.IsWrite(strict) && IntentReader.Read(MoodReader.WithoutHedges(cleaned), today, board) is var hedged && WriteGate.IsWrite(hedged))
        {
            // "I think cost per opp was about $450": read without the hedge, asked about before it is kept.
            strict = hedged;
        }
        var intent = Combine(strict, label, confidence, message, cleaned, today, board ?? DefaultScoreboard.Indicators);
        return new Reading(WriteGate.Judge(intent, mood, cleaned), label, confidence, mood);
    }

    private static Intent Combine(Intent strict, string label, float confidence, string message, string cleaned, DateOnly today, IReadOnlyList<Indicator> board)
    {
        var model = new ModelIntents(message, cleaned, today, board);
        if (strict is NotUnderstood)
        {
            return confidence >= SuggestBelow ? model.For(label) ?? strict : strict;
        }
        if (WriteGate.IsWrite(strict) && strict is not Unsure && !SlotsRead(strict, board)
            && AnotherWrite(label, confidence, strict) && model.For(label) is { } other)
        {
            // "our target on win rate is now 45%" fits the record phrase loosely, "delete everything you store about our team"
            // the retire phrase, neither naming a row; the model reads another write: ask about that instead.
            return other;
        }
        if (strict is BoardIntent change && WriteGate.IsWrite(change) && Contradicts(label, confidence, IntentLabels.Of(change)))
        {
            // "drop the win rate target" fits the retire phrase; the model reads a target change: ask, never retire on a guess.
            return new Unsure(strict, $"the model read {label} ({confidence:0.00})");
        }
        if (WriteGate.IsWrite(strict) && strict is not Unsure && !SlotsRead(strict, board))
        {
            // A phrase that split the words wrongly ("set the target for time to proof to 21"): the slots read again from the whole message, asked about.
            return new Unsure(Reslotted(strict, model) ?? strict, "a slot the phrase read is not on the board or not an amount");
        }
        if (WriteGate.IsWrite(strict) && strict is not Unsure && Contradicts(label, confidence, IntentLabels.Of(strict)))
        {
            return new Unsure(strict, $"the model read {label} ({confidence:0.00})");
        }
        if (!WriteGate.IsWrite(strict) && label == IntentLabels.BoardChange && confidence >= AgreeAtLeast
            && BoardChangeSlots.Read(message, cleaned, today, board) is { } asked)
        {
            // "lower is better for time to proof" also reads as a question about time to proof; the model and a change's own verb
            // and slots agree on a change, which is asked about before anything happens.
            return new Unsure(asked, $"the model read {label} ({confidence:0.00})");
        }
        if (OneRowAsked(strict) is { } subject && !NamesAny(subject, board) && !IntentLabels.IsWrite(label) && label != IntentLabels.Of(strict)
            && confidence >= SuggestBelow && model.For(label) is { } wider)
        {
            // "who is responsible for each one" fits the one-row owner phrase, but "each one" is no row: the model's reading counts.
            return wider;
        }
        if (strict is ShowStanding && label is "missing" or "owners" or "furthest_off" or "changes"
            && confidence >= (AsksWho(cleaned) ? SuggestBelow : OverrideAtLeast) && model.For(label) is { } narrower)
        {
            // The whole-board phrases take any message about "the numbers"; "who is late with their numbers" asks about people,
            // which the standing does not answer: the model's narrower board question is read instead.
            return narrower;
        }
        if (strict is AskIndicator { Aspect: IndicatorAspect.Latest } ask && label != "ask_value" && confidence >= LooseQuestionYieldsAt(ask, label, board))
        {
            // The loosest phrase family takes any words around an indicator's name as the name ("numbers are in: proof 2"); when
            // they are not just a name, the model's reading counts as much as the phrase's.
            return model.For(label)
                ?? (label == IntentLabels.Unknown && confidence >= AgreeAtLeast && !NamesExactly(ask.Indicator, board) ? new NotUnderstood(message) : strict);
        }
        if (ModelKnows(strict) && !IntentLabels.IsWrite(label) && label != IntentLabels.Of(strict) && confidence >= OutweighsPhraseAt
            && model.For(label) is { } surer)
        {
            // Neither reading writes, and the model is all but certain: "which indicator is doing worst?" is not the whole board.
            return surer;
        }
        return strict;
    }

    /// <summary>
    /// A reading the model has a label for. The phrase readers know more than the model does (an export,
    /// "why does win rate matter", the quarter's review): those are never second-guessed by it.
    /// </summary>
    private static bool ModelKnows(Intent intent) =>
        intent is ShowStanding or ShowMissing or ShowOwners or ShowHistory or ShowFurthestOffTarget or ShowChanges or ShowChart or ShowHelp or SmallTalk
        || intent is AskIndicator { Aspect: IndicatorAspect.Latest or IndicatorAspect.Trend or IndicatorAspect.Target };

    /// <summary>
    /// How sure the model must be to outweigh the loosest phrase family: more when the phrase's words are just a
    /// name; least when they are not and the model reads another question about the same row ("win rate values to
    /// date" is its history), which the row named backs up.
    /// </summary>
    private static float LooseQuestionYieldsAt(AskIndicator ask, string label, IReadOnlyList<Indicator> board) =>
        NamesExactly(ask.Indicator, board) ? OverrideAtLeast
        : label is "history" or "ask_trend" or "ask_target" or "owner_of" or "chart" ? OneRowQuestionAtLeast
        : SuggestBelow;

    /// <summary>The indicator words of a question about one row.</summary>
    private static string? OneRowAsked(Intent intent) => intent switch
    {
        ShowOwners { Indicator: { } owned } => owned,
        ShowHistory h => h.Indicator,
        AskIndicator a => a.Indicator,
        _ => null,
    };

    /// <summary>The words name a row on the board, or could name several (a near miss is not nothing).</summary>
    private static bool NamesAny(string phrase, IReadOnlyList<Indicator> board) =>
        IndicatorMatcher.Match(WriteGate.Subject(phrase), board) is { Indicator: not null } or { Candidates.Count: > 0 };

    private static bool AsksWho(string cleaned) => cleaned.StartsWith("who", StringComparison.OrdinalIgnoreCase);

    /// <summary>The model reads a different write than the phrase, and is sure enough to be used at all (it is asked about either way).</summary>
    private static bool AnotherWrite(string label, float confidence, Intent strict) =>
        IntentLabels.IsWrite(label) && label != IntentLabels.Of(strict) && confidence >= SuggestBelow;

    /// <summary>The model reads something else, and is sure enough of it to doubt the phrase.</summary>
    private static bool Contradicts(string label, float confidence, string strictLabel) => label != strictLabel && confidence >= AgreeAtLeast;

    /// <summary>Every slot of a strict write names one indicator on the board and, for a value or target, an amount.</summary>
    public static bool SlotsRead(Intent write, IReadOnlyList<Indicator> board) => write switch
    {
        RecordValue r => NamesExactly(r.Indicator, board) && EverydayPhrases.IsAmount(r.Value),
        SetTarget t => NamesExactly(t.Indicator, board) && (t.Target == "none" || EverydayPhrases.IsAmount(t.Target)),
        SetOwner o => NamesExactly(o.Indicator, board),
        BoardIntent { Function: "retire_indicator" or "rename_indicator" or "set_lagging_metric" or "change_unit_or_direction" } b => NamesExactly(b.Arguments.GetValueOrDefault("indicator") ?? "", board),
        _ => true,
    };

    /// <summary>
    /// The phrase is one indicator's key, name or alias, or words of them ("win rate", "the cost per
    /// opp") — not a longer phrase that merely contains one ("bump the win rate target up to"), and
    /// not a typo: a misspelt write is asked about.
    /// </summary>
    private static bool NamesExactly(string phrase, IReadOnlyList<Indicator> board)
    {
        var words = Words(phrase).SkipWhile(w => w is "the" or "our" or "my").ToList();
        if (words.Count == 0 || IndicatorMatcher.Match(string.Join(' ', words), board).Indicator is not { } row)
        {
            return false;
        }
        var vocabulary = row.Aliases.Append(row.Name).Append(row.Key).SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        return words.All(vocabulary.Contains);
    }

    private static string[] Words(string text) => text.ToLowerInvariant().Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static Intent? Reslotted(Intent write, ModelIntents model) =>
        model.For(IntentLabels.Of(write)) is Unsure { Inner: var inner } ? inner : null;

    /// <summary>
    /// The model's label made into an intent (<see cref="FromModel"/>) for one message: the combining may ask for it
    /// several times, and reading its slots again each time was a good part of a slow reading.
    /// </summary>
    private sealed class ModelIntents(string message, string cleaned, DateOnly today, IReadOnlyList<Indicator> board)
    {
        private string? _label;
        private Intent? _intent;

        public Intent? For(string label)
        {
            if (!string.Equals(_label, label, StringComparison.Ordinal))
            {
                (_label, _intent) = (label, FromModel(label, message, cleaned, today, board));
            }
            return _intent;
        }
    }

    /// <summary>The intent a label names, its slots read from the message; a write is always <see cref="Unsure"/>; null when a slot it needs is not there.</summary>
    public static Intent? FromModel(string label, string message, string cleaned, DateOnly today, IReadOnlyList<Indicator> board) =>
        WithoutSlots(label, today) ?? label switch
        {
            IntentLabels.BoardChange => BoardChangeSlots.Read(message, cleaned, today, board) is { } change ? new Unsure(change, "read by the model") : null,
            // Deleting a workspace always asks for the exact confirming phrase first, so reading it is only a question; a row named is not the workspace.
            _ => SlotReader.Indicator(cleaned, board) is { } indicator
                ? AboutIndicator(label, indicator, message, cleaned, today)
                : label == IntentLabels.DeleteData ? new DeleteWorkspaceData(null) : null,
        };

    /// <summary>The labels that need no slot: the message's words are not read again for them.</summary>
    private static Intent? WithoutSlots(string label, DateOnly today) => label switch
    {
        "standing" => new ShowStanding(),
        "missing" => new ShowMissing(),
        "owners" => new ShowOwners(null),
        "furthest_off" => new ShowFurthestOffTarget(),
        "changes" => new ShowChanges(Period.Of(today)),
        "help" => new ShowHelp(),
        "greeting" => new SmallTalk(SmallTalkKind.Greeting),
        "thanks" => new SmallTalk(SmallTalkKind.Thanks),
        "farewell" => new SmallTalk(SmallTalkKind.Farewell),
        "ack" => new SmallTalk(SmallTalkKind.Acknowledged),
        "never_mind" => new SmallTalk(SmallTalkKind.NeverMind),
        _ => null,
    };

    private static Intent? AboutIndicator(string label, string indicator, string message, string cleaned, DateOnly today) => label switch
    {
        "owner_of" => new ShowOwners(indicator),
        "history" => new ShowHistory(indicator),
        "chart" => new ShowChart(indicator, null, null),
        "ask_value" => new AskIndicator(indicator, IndicatorAspect.Latest, SlotReader.Month(cleaned, today)),
        "ask_trend" => new AskIndicator(indicator, IndicatorAspect.Trend, SlotReader.Month(cleaned, today)),
        "ask_target" => new AskIndicator(indicator, IndicatorAspect.Target),
        IntentLabels.RecordValue when SlotReader.Amount(cleaned, today) is { } amount => new Unsure(new RecordValue(indicator, amount, SlotReader.Month(cleaned, today)), "read by the model"),
        IntentLabels.SetOwner when SlotReader.Person(message, cleaned) is { } person => new Unsure(new SetOwner(indicator, person), "read by the model"),
        IntentLabels.SetTarget when SlotReader.Amount(cleaned, today) is { } amount => new Unsure(new SetTarget(indicator, amount), "read by the model"),
        _ => null,
    };
}
