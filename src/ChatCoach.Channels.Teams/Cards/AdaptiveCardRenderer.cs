using System.Globalization;
using System.Text.Json.Nodes;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Renders a <see cref="Reply"/> as an Adaptive Card 1.5 (https://adaptivecards.io/explorer/).
/// Mentions of Teams users become real card mentions (msteams.entities with the AAD object id, shown
/// with the stored name), so the person is notified; people without a stored name are written as
/// "a teammate" rather than as a raw id.
/// </summary>
internal static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Render(Reply reply, PeopleNames names)
    {
        var mentions = new JsonArray();
        var body = new JsonArray();
        foreach (var part in reply.Parts)
        {
            foreach (var element in Part(part, names, mentions))
            {
                body.Add(element);
            }
        }
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        if (mentions.Count > 0)
        {
            card["msteams"]!["entities"] = mentions;
        }
        return card;
    }

    private static IEnumerable<JsonObject> Part(ReplyPart part, PeopleNames names, JsonArray mentions) => part switch
    {
        Paragraph p => [ParagraphBlock(p, names, mentions)],
        StandingTable t => StandingCardMemo.Elements(t.Standing, names),
        HistoryTable h => HistoryElements(h, names),
        OwnerTable o => OwnerElements(o, names),
        Choices c => [Text(c.Prompt), ActionSet(c.Options.Select(CardActions.Choice))],
        InputRequest r => InputElements(r),
        _ => [],
    };

    private static JsonObject ParagraphBlock(Paragraph paragraph, PeopleNames names, JsonArray mentions)
    {
        var text = string.Concat(paragraph.Inlines.Select(inline => inline switch
        {
            TextRun t => TeamsMarkdown.CardText(t.Text),
            Strong s => $"**{TeamsMarkdown.CardText(s.Text)}**",
            Mention m => MentionText(m, names, mentions),
            _ => "",
        }));
        var block = Marked(text);
        if (ToneColour(paragraph.Tone) is { } colour)
        {
            block["color"] = colour;
        }
        return block;
    }

    // https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/cards-format#mention-support-within-adaptive-cards
    private static string MentionText(Mention mention, PeopleNames names, JsonArray mentions)
    {
        var name = names.Find(mention.User);
        if (mention.User.Channel != "teams" || name is null)
        {
            return TeamsMarkdown.CardText(names.Display(mention.User));
        }
        // The entity's text must match the card's exactly; the name inside is escaped like any other text.
        var text = $"<at>{TeamsMarkdown.CardText(name)}</at>";
        mentions.Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = text,
            ["mentioned"] = new JsonObject { ["id"] = mention.User.LocalId, ["name"] = name },
        });
        return text;
    }

    private static string? ToneColour(Tone tone) => tone switch
    {
        Tone.Success => "Good",
        Tone.Warning => "Warning",
        Tone.Refusal => "Attention",
        _ => null,
    };

    private static IEnumerable<JsonObject> HistoryElements(HistoryTable history, PeopleNames names) =>
    [
        Marked($"**{TeamsMarkdown.CardText(history.Indicator.Name)}**: every recorded value"),
        Table(["Period", "Value", "Recorded"], history.Revisions.Select(r => new[]
        {
            r.Period.Display,
            Value(r, history.Indicator.Unit),
            $"by {names.Display(r.RecordedBy)} on {Day(r.RecordedAt)} (revision {r.Revision})",
        })),
    ];

    private static IEnumerable<JsonObject> OwnerElements(OwnerTable owners, PeopleNames names) =>
    [
        Table(["Indicator", "Owner"], owners.Indicators.Select(i => new[]
        {
            i.Name,
            i.Owner is null ? "nobody yet" : names.Display(i.Owner),
        })),
    ];

    private static IEnumerable<JsonObject> InputElements(InputRequest request)
    {
        var input = new JsonObject
        {
            // Every unit the scoreboard knows is a number; the unit goes in the label.
            ["type"] = "Input.Number",
            ["id"] = CardActions.ValueInputId,
            ["label"] = $"{request.IndicatorName}, {request.Period.Display} ({UnitWord(request.Unit)})",
            ["isRequired"] = true,
            ["errorMessage"] = "Enter a number.",
        };
        return CardActions.Form(request) is { } save ? [Text(request.Prompt), input, ActionSet([save])] : [Text(request.Prompt)];
    }

    private static string UnitWord(Unit unit) => unit switch
    {
        Unit.Percent => "%",
        Unit.Currency => ValueFormatter.CurrencySymbol,
        Unit.Days => "days",
        Unit.Number => "number",
        _ => "count",
    };

    internal static string Value(RecordedValue? value, Unit unit) => value switch
    {
        null => "—",
        { Kind: ValueKind.NotAvailable } => "not available",
        { Value: { } number } => ValueFormatter.Format(number, unit),
        _ => "—",
    };

    internal static string Day(DateTimeOffset at) => at.ToString("MMM d", CultureInfo.InvariantCulture);

    /// <summary>A TextBlock showing <paramref name="text"/> as it is: whatever markup it holds is escaped.</summary>
    internal static JsonObject Text(string text, bool subtle = false) => Marked(TeamsMarkdown.CardText(text), subtle);

    /// <summary>A TextBlock of markdown the renderer wrote itself, every plain part already escaped.</summary>
    internal static JsonObject Marked(string markdown, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = markdown, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
            block["spacing"] = "None";
        }
        return block;
    }

    internal static JsonObject ActionSet(IEnumerable<JsonObject> actions) =>
        new() { ["type"] = "ActionSet", ["actions"] = new JsonArray([.. actions]) };

    internal static JsonObject Table(string[] headers, IEnumerable<string[]> rows) =>
        StandingCard.Table(headers, rows.Select(r => r.Select(cell => new[] { Text(cell) }).ToArray()));
}
