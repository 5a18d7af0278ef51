using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What the bot says, independent of where it is said. Each channel renders the parts its own way:
/// the console as text, Slack as Block Kit, Teams as an Adaptive Card.
/// </summary>
public sealed record Reply(IReadOnlyList<ReplyPart> Parts)
{
    public static Reply Of(params ReplyPart[] parts) => new(parts);

    public static Reply Text(string text, Tone tone = Tone.Plain) => new([new Paragraph([new TextRun(text)], tone)]);

    /// <summary>The reply as plain text, for logs and for channels' notification fallbacks.</summary>
    public string PlainText => string.Join("\n", Parts.OfType<Paragraph>().Select(p => p.PlainText));
}

/// <summary>How a paragraph should read: channels may mark it (a tick, a warning sign).</summary>
public enum Tone
{
    Plain,
    Success,
    Warning,
    Refusal,
}

public abstract record ReplyPart;

/// <summary>A paragraph of running text, which may mention people.</summary>
public sealed record Paragraph(IReadOnlyList<Inline> Inlines, Tone Tone = Tone.Plain) : ReplyPart
{
    public string PlainText => string.Concat(Inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        Strong s => s.Text,
        Mention m => People.ApiCaller.Describe(m.User) ?? "@" + m.User.LocalId,
        _ => "",
    }));
}

public abstract record Inline;

public sealed record TextRun(string Text) : Inline;

public sealed record Strong(string Text) : Inline;

/// <summary>A person, rendered as the channel's native mention.</summary>
public sealed record Mention(UserRef User) : Inline;

/// <summary>"Where do we stand": one row per indicator with value, trend, status and provenance.</summary>
public sealed record StandingTable(Standing Standing) : ReplyPart;

/// <summary>Every revision of one indicator's values, newest period first.</summary>
public sealed record HistoryTable(Indicator Indicator, IReadOnlyList<RecordedValue> Revisions) : ReplyPart;

/// <summary>Who owns which indicator.</summary>
public sealed record OwnerTable(IReadOnlyList<Indicator> Indicators) : ReplyPart;

/// <summary>
/// Options the person can pick. Picking one runs its <see cref="Choice.Action"/> when it has one (a
/// write the choice stands for, like Undo); otherwise its <see cref="Choice.Utterance"/> goes back
/// through the conversation as if typed, so a question offered as a button needs no logic of its own.
/// </summary>
/// <param name="FirstIsDefault">The prompt is a best guess ("Did you mean …?"): a plain "yes" picks the first option.</param>
public sealed record Choices(string Prompt, IReadOnlyList<Choice> Options, bool FirstIsDefault = false) : ReplyPart;

/// <param name="Navigation">
/// Steers the conversation (back, skip, pause) rather than answering it. Channels never number a
/// navigation choice, so a digit always means an answer: on a 1–5 scale "5" is the top of the scale,
/// never "pause".
/// </param>
/// <param name="Action">What picking it does, typed, handed to the feature that offered it; the utterance is then only what a person might say for it.</param>
public sealed record Choice(string Label, string Utterance, bool Navigation = false, ChatAction? Action = null)
{
    /// <summary>The answers of a prompt, in order: the ones a digit or an ordinal picks.</summary>
    public static IReadOnlyList<Choice> Answers(Choices choices) => [.. choices.Options.Where(o => !o.Navigation)];
}

/// <summary>
/// A request for a value (a modal in Slack, a card input in Teams, a prompt in the console). The
/// answer runs <see cref="Submit"/> with the typed value in its input argument.
/// </summary>
/// <param name="Submit">What the answer does; null only in replies kept before forms carried one (those forms cannot be answered).</param>
public sealed record InputRequest(string Prompt, string IndicatorKey, string IndicatorName, Period Period, Unit Unit, ChatAction? Submit) : ReplyPart;
