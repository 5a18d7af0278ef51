using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Intents;
using ChatCoach.Conversation.Presenting;
using ChatCoach.Scoreboard.Understanding;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Board;
using ChatCoach.Scoreboard.Charts;
using ChatCoach.Scoreboard.Plugin;
using Microsoft.SemanticKernel;
using ChatCoach.Conversation;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Scoreboard;

/// <summary>
/// The planner that needs no language model: it reads the message with <see cref="IntentReader"/>
/// and calls the same kernel functions a model would, through the Kernel, so the same filters
/// (authorization, audit) apply.
/// </summary>
public sealed class EmbeddedPlanner(StandingPictures? pictures = null, ConversationStates? states = null, Reader? reader = null) : IEmbeddedPlanner
{
    private readonly Reader _reader = reader ?? new Reader(IntentClassifier.Shared);
    private readonly StandingPictures _pictures = pictures ?? new StandingPictures(PanelWithStanding: false);
    private readonly ConversationStates _states = states ?? ConversationStates.InMemory();

    /// <summary>
    /// A yes or no to the write last asked about runs or drops it; any other message drops it and is
    /// read as usual. Writes that are not certain become a question; questions never write.
    /// </summary>
    public async Task<Reply> PlanAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var state = await _states.LoadAsync(scope.Turn, scope.Now, cancellationToken);
        if (await AnswerPendingAsync(kernel, state, text, cancellationToken) is { } answered)
        {
            return answered;
        }
        var (intent, board) = await ReadInContextAsync(kernel, text, state, scope, cancellationToken);
        var after = FollowUps.After(state, intent);
        if (intent is Unsure { Inner: var write } && WriteGate.IsWrite(write))
        {
            var (question, pending) = await Confirmations.AskAsync(kernel, write, cancellationToken);
            await SaveAsync(scope, state, after with { Pending = pending }, cancellationToken);
            return question;
        }
        await SaveAsync(scope, state, after with { Pending = null }, cancellationToken);
        return intent is NotWritten { Answer: NoAnswer } nothing ? NotWrittenReplies.NothingChanged(nothing.Mood)
            : intent is NotWritten not
            ? NotWrittenReplies.Prefix(not.Mood, await AnswerAsync(kernel, not.Answer, null, cancellationToken))
            : await AnswerAsync(kernel, intent is Unsure u ? u.Inner : intent, board, cancellationToken);
    }

    /// <summary>
    /// Only exact commands skip a model. Writes read loosely (asked about first), questions read
    /// loosely (about one indicator, a slice of the board), manners and near misses go to the model,
    /// which calls the same functions and may phrase the answer to what was asked.
    /// </summary>
    public bool IsExactCommand(string text, DateOnly today) =>
        IntentReader.Read(text, today) is not (NotUnderstood or AskIndicator or ShowFurthestOffTarget or ShowChanges or ShowQuarter or SmallTalk or Unsure);

    public async Task<Reply?> AnswerPendingAsync(Kernel kernel, string text, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var state = await _states.LoadAsync(scope.Turn, scope.Now, cancellationToken);
        if (await AnswerPendingAsync(kernel, state, text, cancellationToken) is { } answered)
        {
            return answered;
        }
        await SaveAsync(scope, state, state with { Pending = null }, cancellationToken);
        return null;
    }

    /// <summary>The pending write's answer, when this message is one (only the person asked can give it).</summary>
    private async Task<Reply?> AnswerPendingAsync(Kernel kernel, ConversationState state, string text, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        if (state.Pending is not { } pending || pending.Caller != scope.Turn.Caller.Id || Confirmations.Answer(text) is not { } yes)
        {
            return null;
        }
        await SaveAsync(scope, state, state with { Pending = null }, cancellationToken);
        return yes ? await Confirmations.RunAsync(kernel, pending, cancellationToken) : Confirmations.Declined(pending);
    }

    /// <summary>
    /// The embedded reader's rule for writes, applied to a model's proposed call: questions never
    /// write (nothing changed), and a write with an argument not read for certain is asked about —
    /// the same question and the same pending write as when this planner reads it.
    /// </summary>
    public async Task<Reply?> HoldAsync(Kernel kernel, string text, FunctionCallContent proposed, CancellationToken cancellationToken)
    {
        if (ModelWrites.AsIntent(proposed.PluginName, proposed.FunctionName, proposed.Arguments) is not { } write)
        {
            return null;
        }
        var mood = MoodReader.Read(Utterance.Clean(text), text);
        // The default board's names settle most calls without a lookup the turn's record would show.
        if (ModelWrites.Hold(write, proposed.Arguments, mood, DefaultScoreboard.Indicators) is not { } held)
        {
            return null;
        }
        if (held is not NotWritten)
        {
            var board = ((OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken)).Indicators;
            held = ModelWrites.Hold(write, proposed.Arguments, mood, board);
        }
        return held switch
        {
            null => null,
            NotWritten not => NotWrittenReplies.NothingChanged(not.Mood),
            _ => await ConfirmAsync(kernel, ((Unsure)held).Inner, cancellationToken),
        };
    }

    /// <summary>Asks about a write before doing it: the question, and the write kept pending for a yes.</summary>
    private async Task<Reply> ConfirmAsync(Kernel kernel, Intent write, CancellationToken cancellationToken)
    {
        var scope = TurnScope.Of(kernel);
        var state = await _states.LoadAsync(scope.Turn, scope.Now, cancellationToken);
        var (question, pending) = await Confirmations.AskAsync(kernel, write, cancellationToken);
        await SaveAsync(scope, state, state with { Pending = pending }, cancellationToken);
        return question;
    }

    private async Task SaveAsync(TurnScope scope, ConversationState before, ConversationState after, CancellationToken cancellationToken)
    {
        // Most turns change nothing: no write to the database for them.
        if (before != after)
        {
            await _states.SaveAsync(scope.Turn, after, scope.Now, cancellationToken);
        }
    }

    /// <summary>The intent, judged: "me" is the speaker; a write is let through, made unsure, or turned into the question it asks.</summary>
    /// <summary>
    /// The message read against what the conversation was about: "and win rate?" and "what about
    /// last month?" repeat the last question; "it" is the indicator last talked about.
    /// </summary>
    private async Task<(Intent Intent, IReadOnlyList<Indicator>? Board)> ReadInContextAsync(Kernel kernel, string text, ConversationState state, TurnScope scope, CancellationToken cancellationToken)
    {
        var cleaned = Utterance.Clean(text);
        if (state.Topic is not null && FollowUps.Another(cleaned, state, scope.Today, DefaultScoreboard.Indicators) is { } another)
        {
            return (another, null);
        }
        var read = await ReadAsync(kernel, text, scope, cancellationToken);
        if ((read.Intent is NotUnderstood || FollowUps.NamesOnlyAPronoun(read.Intent)) && FollowUps.WithIndicator(cleaned, state) is { } resolved)
        {
            var (intent, board) = await ReadAsync(kernel, resolved, scope, cancellationToken);
            // "record 38 for it": the indicator came from the conversation, not the words, so the write is asked about.
            return (WriteGate.IsWrite(intent) && intent is not Unsure ? new Unsure(intent, "the indicator came from context") : intent, board);
        }
        return read;
    }

    /// <returns>The board too when it was read to understand the message (the default board's words did not fit).</returns>
    private async Task<(Intent Intent, IReadOnlyList<Indicator>? Board)> ReadAsync(Kernel kernel, string text, TurnScope scope, CancellationToken cancellationToken)
    {
        var reading = _reader.Read(text, scope.Today);
        IReadOnlyList<Indicator>? board = null;
        if (reading.Decision is Decision.Suggest or Decision.Confirm)
        {
            // The workspace may have renamed or added rows: "record 2.5 for pipeline per program dollar" names one the default board lacks.
            board = ((OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken)).Indicators;
            reading = _reader.Read(text, scope.Today, board);
        }
        return (Speaker(reading.Intent, scope.Turn.Caller.Id), board);
    }

    private static Intent Speaker(Intent intent, string caller) => intent switch
    {
        SetOwner { Owner: IntentReader.Me } o => o with { Owner = caller },
        Unsure { Inner: SetOwner { Owner: IntentReader.Me } o } u => u with { Inner = o with { Owner = caller } },
        NotWritten { Answer: var answer } n => n with { Answer = Speaker(answer, caller) },
        _ => intent,
    };

    private async Task<Reply> AnswerAsync(Kernel kernel, Intent intent, IReadOnlyList<Indicator>? board, CancellationToken cancellationToken)
    {
        return intent switch
        {
            SmallTalk talk => SmallTalkReplies.For(talk.Kind),
            AskIndicator ask => await AskAsync(kernel, ask, cancellationToken),
            ShowFurthestOffTarget => await CallAsync(kernel, "get_furthest_off_target", new(), cancellationToken),
            ShowChanges c => await CallAsync(kernel, "get_changes", new() { ["month"] = c.RecordedIn.ToString() }, cancellationToken),
            ShowQuarter q => await CallAsync(kernel, "get_quarter", new() { ["quarter"] = $"{q.Year}-Q{q.Quarter}" }, cancellationToken),
            NotUnderstood n when board is not null => Suggestions.For(n.Text, board),
            ShowStanding => await StandingAsync(kernel, cancellationToken),
            ShowMissing => await CallAsync(kernel, "get_missing", new(), cancellationToken),
            ShowOwners { Indicator: null } => await CallAsync(kernel, "get_owners", new(), cancellationToken),
            ShowOwners who => await OwnerOfAsync(kernel, who.Indicator!, cancellationToken),
            ShowHistory h => await CallAsync(kernel, "get_history", new() { ["indicator"] = h.Indicator }, cancellationToken),
            RecordValue r => await CallAsync(kernel, "record_value",
                new() { ["indicator"] = r.Indicator, ["value"] = r.Value, ["period"] = r.Period?.ToString() }, cancellationToken),
            SetOwner o => await CallAsync(kernel, "set_owner", new() { ["indicator"] = o.Indicator, ["owner"] = o.Owner }, cancellationToken),
            SetTarget t => await CallAsync(kernel, "set_target", new() { ["indicator"] = t.Indicator, ["target"] = t.Target }, cancellationToken),
            ShowChart c => await ChartAsync(kernel, "get_chart", new() { ["indicator"] = c.Indicator, ["months"] = c.Months, ["since"] = c.Since }, cancellationToken),
            ShowPanel => await ChartAsync(kernel, "get_panel", new(), cancellationToken),
            BoardIntent b => await BoardAsync(kernel, b, cancellationToken),
            DeleteWorkspaceData d => await WorkspaceReplies.DeleteAsync(kernel, d.Confirmation, cancellationToken),
            _ => HelpReply.Help(),
        };
    }

    private static async Task<Reply> CallAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        ResultPresenters.ForPeople(await InvokeAsync(kernel, function, arguments, cancellationToken));

    /// <summary>The standing, with the instrument panel offered as a button or, by the setting, included.</summary>
    private async Task<Reply> StandingAsync(Kernel kernel, CancellationToken cancellationToken)
    {
        var standing = await CallAsync(kernel, "get_standing", new(), cancellationToken);
        if (!kernel.Plugins.Contains(ChartsPlugin.Name))
        {
            return standing;
        }
        if (!_pictures.PanelWithStanding)
        {
            return new Reply([.. standing.Parts, StandingPictures.Offer]);
        }
        var panel = (PanelResult)await InvokeAsync(kernel, ChartsPlugin.Name, "get_panel", new(), cancellationToken);
        return new Reply([.. standing.Parts, ChartReplies.PanelPicture(panel)]);
    }

    /// <summary>Board requests; the quarterly review carries the instrument panel when charts are available.</summary>
    private static async Task<Reply> BoardAsync(Kernel kernel, BoardIntent intent, CancellationToken cancellationToken)
    {
        var result = await InvokeAsync(kernel, BoardPlugin.Name, intent.Function, new(intent.Arguments.ToDictionary(a => a.Key, a => (object?)a.Value)), cancellationToken);
        var reply = ResultPresenters.ForPeople(result);
        if (result is not QuarterlyReviewShown || !kernel.Plugins.Contains(ChartsPlugin.Name))
        {
            return reply;
        }
        var panel = (PanelResult)await InvokeAsync(kernel, ChartsPlugin.Name, "get_panel", new(), cancellationToken);
        return new Reply([.. reply.Parts, ChartReplies.PanelPicture(panel)]);
    }

    /// <summary>Pictures need the charts plugin; a kernel built without it answers with help.</summary>
    private static async Task<Reply> ChartAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        kernel.Plugins.Contains(ChartsPlugin.Name)
            ? ResultPresenters.ForPeople(await InvokeAsync(kernel, ChartsPlugin.Name, function, arguments, cancellationToken))
            : HelpReply.Help();

    public static Task<PluginResult> InvokeAsync(Kernel kernel, string function, KernelArguments arguments, CancellationToken cancellationToken) =>
        InvokeAsync(kernel, ScoreboardPlugin.Name, function, arguments, cancellationToken);

    public static async Task<PluginResult> InvokeAsync(Kernel kernel, string plugin, string function, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken);
        return result.GetValue<PluginResult>() ?? throw new InvalidOperationException($"{function} returned nothing.");
    }

    /// <summary>A question about one indicator; when the name fits several, the choices ask the same question of each.</summary>
    private static async Task<Reply> AskAsync(Kernel kernel, AskIndicator ask, CancellationToken cancellationToken)
    {
        var result = await InvokeAsync(kernel, "get_indicator", new() { ["indicator"] = ask.Indicator, ["month"] = ask.Month?.ToString() }, cancellationToken);
        return result switch
        {
            IndicatorReport report => QuestionReplies.Indicator(report, ask.Aspect),
            UnknownIndicator { Candidates.Count: > 1 } unknown => Reply.Of(new Choices($"“{unknown.Asked}” could be more than one indicator. Which one?",
                [.. unknown.Candidates.Take(Suggestions.Max).Select(c => new Choice(c.Name, QuestionAgain(ask, c)))])),
            _ => ResultPresenters.ForPeople(result),
        };
    }

    private static string QuestionAgain(AskIndicator ask, Indicator indicator) => ask.Aspect switch
    {
        IndicatorAspect.Target => $"is {indicator.Key} on target",
        IndicatorAspect.Trend => ask.Month is { } m ? $"has {indicator.Key} changed since {m}" : $"is {indicator.Key} trending up",
        IndicatorAspect.RecordedBy => $"who recorded {indicator.Key}",
        _ => ask.Month is { } month ? $"what was {indicator.Key} in {month}" : $"how is {indicator.Key} doing",
    };

    private static async Task<Reply> OwnerOfAsync(Kernel kernel, string indicator, CancellationToken cancellationToken)
    {
        var owners = (OwnersResult)await InvokeAsync(kernel, "get_owners", new(), cancellationToken);
        var match = IndicatorMatcher.Match(indicator, owners.Indicators);
        return match.Indicator is { } found
            ? ReplyComposer.Owner(found)
            : ResultPresenters.ForPeople(new UnknownIndicator(indicator, match.Candidates));
    }
}
