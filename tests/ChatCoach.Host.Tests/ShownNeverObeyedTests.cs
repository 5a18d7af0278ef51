using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Console;
using ChatCoach.Channels.Slack.BlockKit;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.TestSupport;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ChatCoach.Host.Tests;

/// <summary>
/// "What users type is shown, never obeyed", as a property over every renderer: a typed string —
/// built from broadcasts, mentions, links, mrkdwn and markdown, HTML, line markers, right-to-left
/// and zero-width characters, ANSI escapes and any other characters — put in every place a reply
/// carries someone's words (indicator and lagging names, notes, people's names, prompts, choices,
/// running text) never comes out as a live control sequence on Slack (text, blocks, Home, modal),
/// Teams (markdown text, Adaptive Card) or the console. The oracle is <see cref="LiveMarkup"/>.
/// FsCheck rather than CsCheck: the suite already runs its properties with FsCheck.Xunit, and its
/// shrinking brings a failure down to the few fragments that cause it.
/// </summary>
public sealed class ShownNeverObeyedTests
{
    private static readonly UserRef SlackOwner = new("slack:UADMIN");
    private static readonly UserRef TeamsPerson = new("teams:d0d0d0d0-1111-4222-8333-444444444444");

    private static readonly string[] Fragments =
    [
        "<!channel>", "<!here>", "<!everyone>", "<@U123>", "<@U123|dana>", "<#C1>", "<#C1|general>", "<!subteam^S1|@leads>",
        "<!date^1392734382^{date}|Feb 18>", "<https://evil.example|click here>", "<mailto:a@evil.example|mail>", "<", ">", "&", "&lt;", "&amp;",
        "&#60;", "*bold*", "_italic_", "~strike~", "`code`", "```", "**", "__", "\\", "[click](https://evil.example)", "![x](https://evil.example/p.png)",
        "<at>Dana Reyes</at>", "<at>", "</at>", "<b>", "<script>alert(1)</script>", "<a href=\"https://evil.example\">x</a>", "# ", "- ", "+ ", "1. ", "2) ",
        "> ", "---", "===", "|", "\n", "\r", "\r\n", "\t", " ", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200B", "\u200D", "\u200F", "\uFEFF",
        "\u001b[31m", "\u001b]8;;https://evil.example\u0007", "\u009b", "\u0007", "\u0000", "\u007f", "שלום", "مرحبا", "R&D", "🎯", "https://evil.example",
    ];

    private static readonly Gen<string> Typed = Gen.OneOf(
            Gen.Elements(Fragments),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString()))
        .ArrayOf().Select(parts => string.Concat(parts)).Where(s => s.Trim().Length > 0);

    [Property(MaxTest = 400)]
    public Property Slack_text_blocks_home_and_modal_obey_nothing_typed()
    {
        return Prop.ForAll(Typed.ToArbitrary(), typed =>
        {
            var message = BlockKitRenderer.Render(Everywhere(typed));
            var home = SlackViews.Home(message);
            var modal = SlackViews.ValueModal(new InputValue("key", typed, "2026-10", "{}"), "{}");
            var live = LiveMarkup.InSlack(message.Text, "UADMIN")
                .Concat(MrkdwnTexts(message.Blocks).Concat(MrkdwnTexts(home)).SelectMany(t => LiveMarkup.InSlack(t, "UADMIN")))
                .Concat(PlainTexts(message.Blocks).Concat(PlainTexts(modal)).SelectMany(LiveMarkup.InConsole))
                .ToList();
            return Inert(typed, live);
        });
    }

    [Property(MaxTest = 400)]
    public Property Teams_text_and_cards_obey_nothing_typed()
    {
        return Prop.ForAll(Typed.ToArbitrary(), typed =>
        {
            var names = new PeopleNames(new Dictionary<string, string> { [TeamsPerson.Id] = typed });
            var text = ReplyRenderer.Message(Reply.Of(Sentence(typed)), names).Text ?? "";
            var json = ReplyRenderer.Message(Everywhere(typed), names).Attachments![0].Content!;
            var mentions = (json["msteams"]?["entities"] as JsonArray ?? []).Select(e => e!["text"]!.ToString()).ToArray();
            var live = LiveMarkup.InTeamsMessage(text)
                .Concat(TextBlocks(json).SelectMany(t => LiveMarkup.InTeamsCard(t, mentions)))
                .ToList();
            return Inert(typed, live);
        });
    }

    [Property(MaxTest = 400)]
    public Property The_console_obeys_nothing_typed() =>
        Prop.ForAll(Typed.ToArbitrary(), typed => Inert(typed, LiveMarkup.InConsole(ConsoleRenderer.Render(Everywhere(typed)))));

    /// <summary>A reply with the typed string in every place one can carry someone's words.</summary>
    internal static Reply Everywhere(string typed)
    {
        var at = new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero);
        var indicator = new Indicator("typed", typed, Unit.Count, BetterWhen.Higher, typed, Target: 5, Owner: SlackOwner, Why: typed);
        var latest = new RecordedValue("typed", Period.Parse("2026-10"), 2, ValueKind.Value, 3, SlackOwner, at, "slack", Note: typed);
        var missing = new RecordedValue("typed", Period.Parse("2026-11"), 1, ValueKind.NotAvailable, null, SlackOwner, at, "slack", Note: typed);
        var row = new StandingRow(indicator, latest, null, null, Trend.None, TargetStatus.OffTrack, missing);
        return Reply.Of(
            Sentence(typed),
            new Paragraph([new TextRun("Recorded by "), new Mention(SlackOwner), new TextRun(" and "), new Mention(TeamsPerson), new TextRun($": {typed}")]),
            new StandingTable(new Standing(Period.Parse("2026-11"), new DateOnly(2026, 11, 23), [row])),
            new HistoryTable(indicator, [missing, latest]),
            new OwnerTable([indicator, indicator with { Owner = TeamsPerson }]),
            new Choices(typed, [new Choice(typed, typed)]),
            new InputRequest(typed, "typed", typed, Period.Parse("2026-11"), Unit.Count, null));
    }

    private static Property Inert(string typed, IReadOnlyList<string> live) =>
        (live.Count == 0).Label($"typed {JsonSerializer.Serialize(typed)} came out live: {string.Join("; ", live.Distinct().Take(5))}");

    private static Paragraph Sentence(string typed) =>
        new([new TextRun($"Recorded 5 for {typed}. Because: "), new Strong(typed), new TextRun(typed)], Tone.Warning);

    private static IEnumerable<string> MrkdwnTexts(JsonNode? node) => LiveMarkup.Texts(node, "mrkdwn");

    private static IEnumerable<string> PlainTexts(JsonNode? node) => LiveMarkup.Texts(node, "plain_text");

    private static IEnumerable<string> TextBlocks(JsonNode? node) => LiveMarkup.Texts(node, "TextBlock");
}
