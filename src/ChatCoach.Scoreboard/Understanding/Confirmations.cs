using System.Globalization;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Conversation.Answers;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;
using Microsoft.SemanticKernel;
using ChatCoach.Conversation;
using ChatCoach.Scoreboard;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Turns a write that may not be done straight away into a yes/no question with the write itself
/// kept, fully resolved, as a <see cref="PendingWrite"/>; and runs or drops it on the answer.
/// </summary>
public static class Confirmations
{
    public const string YesUtterance = "yes";
    public const string NoUtterance = "no";

    /// <summary>The question, or — when a slot cannot be read — the reason nothing can be asked yet.</summary>
    public static async Task<(Reply Reply, PendingWrite? Pending)> AskAsync(Kernel kernel, Intent write, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        if (write is BoardIntent change)
        {
            return Board(change, scope);
        }
        var board = ((OwnersResult)await EmbeddedPlanner.InvokeAsync(kernel, "get_owners", new(), cancellationToken)).Indicators;
        var indicatorPhrase = write switch { RecordValue r => r.Indicator, SetOwner o => o.Indicator, SetTarget t => t.Indicator, _ => "" };
        var match = IndicatorMatcher.Match(indicatorPhrase, board);
        if (match.Indicator is not { } row)
        {
            return (ResultPresenters.ForPeople(new UnknownIndicator(indicatorPhrase, match.Candidates)), null);
        }
        return write switch
        {
            RecordValue r => Record(row, r, scope),
            SetOwner o => Owner(row, o, scope),
            SetTarget t => Target(row, t, scope),
            _ => (HelpReply.Help(), null),
        };
    }

    /// <summary>What the message says to a pending write: true for yes, false for no, null when it is about something else.</summary>
    /// <remarks>
    /// The shared <see cref="AnswerWords"/> first; the few words added here mean yes or no only to a
    /// write ("record it"; "cancel", "stop", "never mind"), and elsewhere mean something else — the
    /// survey pauses on "stop" and "cancel", small talk answers "never mind" — so they are not shared.
    /// </remarks>
    public static bool? Answer(string text)
    {
        var said = AnswerWords.Tidy(Utterance.Clean(text) is { Length: > 0 } cleaned ? cleaned : text);
        return AnswerWords.IsYes(said) || said is "confirm" or "yes record it" or "record it" or "yes do it" ? true
            : AnswerWords.IsNo(said) || said is "cancel" or "don't" or "dont" or "no don't" or "stop" or "never mind" or "nevermind" or "nvm" ? false
            : null;
    }

    public static async Task<Reply> RunAsync(Kernel kernel, PendingWrite pending, CancellationToken cancellationToken) =>
        ResultPresenters.ForPeople(await EmbeddedPlanner.InvokeAsync(kernel, pending.Plugin, pending.Function,
            new(pending.Arguments.ToDictionary(a => a.Key, a => (object?)a.Value)), cancellationToken));

    public static Reply Declined(PendingWrite pending) =>
        Reply.Text(pending.Function == "record_value" ? "All right — nothing recorded." : "All right — nothing changed.");

    private static (Reply, PendingWrite?) Record(Indicator row, RecordValue r, TurnScope scope)
    {
        var period = r.Period ?? ReportingCalendar.DefaultRecordingPeriod(scope.Today);
        var parsed = ValueParser.Parse(r.Value, row.Unit) is { Ok: true } ok ? ok : ValueParser.Parse(EverydayPhrases.OnlyAmountIn(r.Value), row.Unit);
        if (!parsed.Ok)
        {
            return (Reply.Text(ValueParser.Parse(r.Value, row.Unit).Error!, Tone.Warning), null);
        }
        if (!ReportingCalendar.IsClosed(period, scope.Today))
        {
            return (Reply.Text($"{period.Display} hasn't ended yet, so it has no monthly value to record.", Tone.Warning), null);
        }
        var shown = ValueFormatter.Format(parsed.Value!.Value, row.Unit);
        var question = $"Record {shown} for {row.Name} for {period.Display}?";
        return Ask(question, new PendingWrite(ScoreboardPlugin.Name, "record_value",
            new Dictionary<string, string?> { ["indicator"] = row.Key, ["value"] = Stored(parsed.Value.Value, row.Unit), ["period"] = period.ToString() },
            question, scope.Turn.Caller.Id));
    }

    private static (Reply, PendingWrite?) Owner(Indicator row, SetOwner o, TurnScope scope)
    {
        var owner = o.Owner.Trim().TrimStart('<', '@').TrimEnd('>');
        if (!UserRef.TryParse(owner, out var user))
        {
            return (Reply.Text($"I couldn't tell who '{o.Owner}' is. Mention the person, like @dana.", Tone.Warning), null);
        }
        var who = user! == scope.Turn.Caller ? "you" : MentionSyntax.Write(user!);
        var question = $"Make {who} the owner of {row.Name}?";
        return Ask(question, new PendingWrite(ScoreboardPlugin.Name, "set_owner",
            new Dictionary<string, string?> { ["indicator"] = row.Key, ["owner"] = user!.Id }, question, scope.Turn.Caller.Id));
    }

    private static (Reply, PendingWrite?) Target(Indicator row, SetTarget t, TurnScope scope)
    {
        var clears = t.Target.Trim().ToLowerInvariant() is "none" or "clear" or "no target";
        var parsed = clears ? null : ValueParser.Parse(t.Target, row.Unit) is { Ok: true } ok ? ok : ValueParser.Parse(EverydayPhrases.OnlyAmountIn(t.Target), row.Unit);
        if (parsed is { Ok: false })
        {
            return (Reply.Text(ValueParser.Parse(t.Target, row.Unit).Error!, Tone.Warning), null);
        }
        var question = clears ? $"Clear the target of {row.Name}?" : $"Set the target of {row.Name} to {ValueFormatter.Format(parsed!.Value!.Value, row.Unit)}?";
        return Ask(question, new PendingWrite(ScoreboardPlugin.Name, "set_target",
            new Dictionary<string, string?> { ["indicator"] = row.Key, ["target"] = clears ? "none" : Stored(parsed!.Value!.Value, row.Unit) }, question, scope.Turn.Caller.Id));
    }

    /// <summary>A board change is already a function and its arguments: the question says what it will do.</summary>
    private static (Reply, PendingWrite?) Board(BoardIntent change, TurnScope scope)
    {
        var about = change.Arguments.GetValueOrDefault("indicator") ?? change.Arguments.GetValueOrDefault("name") ?? change.Arguments.GetValueOrDefault("metric") ?? "";
        var question = change.Function switch
        {
            "retire_indicator" => $"Retire “{about}” from the scoreboard?",
            "restore_indicator" => $"Bring “{about}” back to the scoreboard?",
            "rename_indicator" => $"Rename “{about}” to “{change.Arguments.GetValueOrDefault("newName")}”?",
            "add_indicator" => $"Add the indicator “{about}” to the scoreboard?",
            "record_quarter_value" => $"Record {change.Arguments.GetValueOrDefault("value")} for “{about}”?",
            _ => $"Change “{about}” on the scoreboard?",
        };
        return Ask(question, new PendingWrite(Scoreboard.Board.BoardPlugin.Name, change.Function, change.Arguments, question, scope.Turn.Caller.Id));
    }

    private static (Reply, PendingWrite?) Ask(string question, PendingWrite pending) =>
        (Reply.Of(new Choices(question, [new Choice("Yes", YesUtterance), new Choice("No", NoUtterance)])), pending);

    /// <summary>The value as the plugin reads it back exactly: a percent keeps its sign, money and days their plain number.</summary>
    private static string Stored(decimal value, Unit unit) =>
        value.ToString(CultureInfo.InvariantCulture) + (unit == Unit.Percent ? "%" : "");
}
