using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Slack.BlockKit;

/// <summary>
/// Renders the channel-neutral reply as Block Kit: paragraphs as sections, the standing as fields
/// with provenance, choices as buttons whose value is the utterance to send back, input requests as
/// a button that opens a modal. Always within Block Kit's limits, always with a text fallback.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>A question offered as a button: its value is the utterance, read as if typed.</summary>
    public const string ChoiceActionPrefix = "chatcoach.choice.";

    /// <summary>A button that acts: its value is the typed action's wire form.</summary>
    public const string ActionPrefix = "chatcoach.action.";
    public const string InputAction = "chatcoach.input";

    public static SlackMessage Render(Reply reply)
    {
        var others = reply.Parts.Where(p => p is not StandingTable).Sum(BlockCount);
        var blocks = new JsonArray();
        foreach (var part in reply.Parts)
        {
            foreach (var block in Blocks(part, BlockKitLimits.BlocksPerMessage - others - 1))
            {
                if (blocks.Count < BlockKitLimits.BlocksPerMessage)
                {
                    blocks.Add(block);
                }
            }
        }
        return new SlackMessage(Fallback(reply), blocks);
    }

    private static int BlockCount(ReplyPart part) => part switch
    {
        Choices or InputRequest => 2,
        HistoryTable => 2,
        _ => 1,
    };

    private static IEnumerable<JsonObject> Blocks(ReplyPart part, int blocksForStanding) => part switch
    {
        Paragraph p => [StandingBlocks.Section(Mrkdwn.Of(p))],
        StandingTable s => StandingBlocksMemo.Render(s.Standing, blocksForStanding),
        HistoryTable h => [Header($"History of {h.Indicator.Name}"), StandingBlocks.Section(HistoryText(h))],
        OwnerTable o => [StandingBlocks.Section(string.Join("\n", o.Indicators.Select(i =>
            $"*{Mrkdwn.Escape(i.Name)}* — {(i.Owner is { } owner ? Mrkdwn.Who(owner) : "no owner")}")))],
        Choices c => [StandingBlocks.Section(Mrkdwn.Escape(c.Prompt)), Actions(c.Options.Take(BlockKitLimits.ElementsPerActions).Select(ChoiceButton))],
        InputRequest { Submit: { } submit } i => [StandingBlocks.Section(Mrkdwn.Escape(i.Prompt)), Actions([Button($"Enter {i.IndicatorName}", InputAction, InputValue.Write(i, submit))])],
        // A form kept from before forms carried their action: shown, without a button that could do nothing.
        InputRequest i => [StandingBlocks.Section(Mrkdwn.Escape(i.Prompt))],
        _ => [],
    };

    private static JsonObject ChoiceButton(Choice choice, int index) => choice.Action is { } action
        ? Button(choice.Label, ActionPrefix + index.ToString(CultureInfo.InvariantCulture), action.ToWire())
        : Button(choice.Label, ChoiceActionPrefix + index.ToString(CultureInfo.InvariantCulture), choice.Utterance);

    private static string HistoryText(HistoryTable history)
    {
        var newest = history.Revisions.GroupBy(r => r.Period).ToDictionary(g => g.Key, g => g.Max(r => r.Revision));
        var lines = history.Revisions.Select(r =>
            $"{r.Period.ShortDisplay}: {(r.HasNumber ? ValueFormatter.Format(r.Value!.Value, history.Indicator.Unit) : "not available")}"
            + $" — {Mrkdwn.Who(r.RecordedBy)}, {r.RecordedAt.ToString("MMM d HH:mm", CultureInfo.InvariantCulture)} UTC"
            + (r.Revision < newest[r.Period] ? " _(corrected later)_" : "")
            + (r.Note is { } note ? $" — {Mrkdwn.Escape(note)}" : ""));
        return BlockKitLimits.Cut(string.Join("\n", lines), BlockKitLimits.SectionText);
    }

    internal static JsonObject Header(string text) => new()
    {
        ["type"] = "header",
        ["text"] = SlackViews.PlainText(BlockKitLimits.Cut(text, BlockKitLimits.HeaderText)),
    };

    private static JsonObject Actions(IEnumerable<JsonObject> buttons) => new() { ["type"] = "actions", ["elements"] = new JsonArray([.. buttons]) };

    private static JsonObject Button(string label, string actionId, string value) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = SlackViews.PlainText(BlockKitLimits.Cut(label, BlockKitLimits.ButtonText)),
        ["value"] = BlockKitLimits.Cut(value, BlockKitLimits.ButtonValue),
    };

    private static string Fallback(Reply reply)
    {
        var text = reply.PlainText;
        if (text.Length == 0)
        {
            text = reply.Parts.OfType<StandingTable>().Any() ? "Where we stand" : "ChatCoach";
        }
        // Slack reads the fallback as mrkdwn too: unescaped, a typed <!channel> in it would notify everyone.
        return Mrkdwn.Escape(BlockKitLimits.Cut(text, BlockKitLimits.FallbackText));
    }
}

/// <summary>What an "enter a value" button carries: what the modal asks for, and the action its answer runs (wire form).</summary>
public sealed record InputValue(string Key, string Name, string Period, string Submit)
{
    public static string Write(InputRequest request, ChatAction submit) =>
        JsonSerializer.Serialize(new InputValue(request.IndicatorKey, request.IndicatorName, request.Period.ToString(), submit.ToWire()));

    public static InputValue? Read(string? json)
    {
        try
        {
            return json is null ? null : JsonSerializer.Deserialize<InputValue>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
