using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatCoach.Channels.Teams.Cards;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Conversation;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class CardRenderingTests
{
    private static readonly UserRef Dana = new("teams:d0d0d0d0-1111-4222-8333-444444444444");
    private static readonly PeopleNames Names = new(new Dictionary<string, string> { [Dana.Id] = "Dana Reyes" });

    [Fact]
    public void A_standing_of_40_indicators_stays_under_teams_80_kb_limit()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new StandingTable(StandingOf(40))), Names);

        var bytes = Encoding.UTF8.GetByteCount(card.ToJsonString(ActivityJson.Options));

        Assert.True(bytes < 80 * 1024, $"the card is {bytes} bytes");
        Assert.Equal(41, card["body"]![1]!["rows"]!.AsArray().Count);
    }

    [Fact]
    public void A_file_that_reaches_the_renderer_is_said_in_words_and_never_attached()
    {
        var reply = Reply.Of(new Paragraph([new TextRun("Here is the export.")]),
            new FileAttachment([1, 2, 3], "scoreboard.csv", "text/csv", "Scoreboard export", "Use the host command: export."));

        var message = ReplyRenderer.Message(reply, Names);

        Assert.Equal("Here is the export.\n\nUse the host command: export.", message.Text);
        Assert.Null(message.Attachments);
    }

    [Fact]
    public void A_standing_row_shows_value_trend_status_and_who_recorded_it_when()
    {
        var text = AdaptiveCardRenderer.Render(Reply.Of(new StandingTable(StandingOf(1))), Names).ToJsonString(ActivityJson.Options);

        Assert.Contains("31%", text, StringComparison.Ordinal);
        Assert.Contains("▲ +3 pts", text, StringComparison.Ordinal);
        Assert.Contains("On track", text, StringComparison.Ordinal);
        Assert.Contains("recorded by Dana Reyes on Nov 3", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Choices_are_action_execute_with_an_action_submit_fallback_carrying_the_utterance()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new Choices("Next?", [new Choice("What's missing", "what's missing")])), Names);

        var action = card["body"]![1]!["actions"]![0]!;
        Assert.Equal("Action.Execute", action["type"]!.GetValue<string>());
        Assert.Equal("utterance", action["verb"]!.GetValue<string>());
        Assert.Equal("what's missing", action["data"]!["utterance"]!.GetValue<string>());
        Assert.Equal("Action.Submit", action["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal("what's missing", Assert.IsType<Said>(CardSubmission.Read(ToElement(action["fallback"]!["data"]!))).Utterance);
    }

    [Fact]
    public void A_near_miss_suggestion_is_a_question_with_one_action_per_guess()
    {
        var reply = ChatCoach.Scoreboard.Conversation.Suggestions.For("win rate thingy for the board meeting", DefaultScoreboard.Indicators);

        var card = AdaptiveCardRenderer.Render(reply, Names);

        Assert.Equal("I'm not sure I followed. Did you mean how win rate is doing?", card["body"]![0]!["text"]!.GetValue<string>());
        var actions = card["body"]![1]!["actions"]!.AsArray();
        Assert.Equal(["How win rate is doing", "History of win rate", "Who owns win rate"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("how is win-rate-non-price doing", actions[0]!["data"]!["utterance"]!.GetValue<string>());
    }

    [Fact]
    public void An_input_request_is_a_number_input_whose_submission_is_its_action_with_the_value_typed()
    {
        var submit = new ChatAction("nudges", "record", new Dictionary<string, string> { ["indicator"] = "win-rate-non-price", ["period"] = "2026-10" }, Input: "value");
        var request = new InputRequest("What was October's win rate?", "win-rate-non-price", "Win rate (non-price)", new Period(2026, 10), Unit.Percent, submit);
        var card = AdaptiveCardRenderer.Render(Reply.Of(request), Names);

        var input = card["body"]![1]!;
        Assert.Equal("Input.Number", input["type"]!.GetValue<string>());
        var data = card["body"]![2]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[input["id"]!.GetValue<string>()] = "31";
        var pressed = Assert.IsType<Pressed>(CardSubmission.Read(ToElement(data))).Action;
        Assert.Equal(("nudges", "record", "win-rate-non-price", "2026-10", "31", null), (pressed.Feature, pressed.Verb, pressed.Argument("indicator"), pressed.Argument("period"), pressed.Argument("value"), pressed.Input));
    }

    [Fact]
    public void A_mention_of_a_known_teams_user_is_a_card_mention_with_their_aad_id()
    {
        var card = AdaptiveCardRenderer.Render(Reply.Of(new Paragraph([new TextRun("Over to "), new Mention(Dana)])), Names);

        Assert.Equal("Over to <at>Dana Reyes</at>", card["body"]![0]!["text"]!.GetValue<string>());
        var entity = card["msteams"]!["entities"]![0]!;
        Assert.Equal("d0d0d0d0-1111-4222-8333-444444444444", entity["mentioned"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public void A_plain_reply_is_sent_as_markdown_text_not_a_card()
    {
        var message = ReplyRenderer.Message(Reply.Of(new Paragraph([new TextRun("Saved "), new Strong("31%"), new TextRun(".")])), Names);

        Assert.Equal("Saved **31%**.", message.Text);
        Assert.Null(message.Attachments);
    }

    private static JsonElement ToElement(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    /// <summary>
    /// A burst of "where do we stand" gets the same standing until something is recorded: its table
    /// is built once, not per message (5–8% of the host's on-CPU samples in the Teams phases of the
    /// benchmark's mix). A person whose stored name changed is shown under the new name.
    /// </summary>
    [Fact]
    public void The_same_standing_is_built_into_a_card_once_and_a_renamed_person_shows_the_new_name()
    {
        var standing = StandingOf(40);
        var first = CardText(standing, Names);
        var equal = StandingOf(40);
        var built = AllocatedBy(() => Card(equal, Names));

        var again = AllocatedBy(() => Card(standing, Names));

        Assert.True(again < built / 4, $"showing the same standing again allocated {again} bytes, building an equal one {built}");
        Assert.Equal(first, CardText(standing, Names));
        var renamed = CardText(standing, new PeopleNames(new Dictionary<string, string> { [Dana.Id] = "Dana Reyes-Okafor" }));
        Assert.Contains("recorded by Dana Reyes-Okafor on Nov 3", renamed, StringComparison.Ordinal);
        Assert.DoesNotContain("recorded by Dana Reyes on", renamed, StringComparison.Ordinal);
    }

    private static JsonObject Card(Standing standing, PeopleNames names) => AdaptiveCardRenderer.Render(Reply.Of(new StandingTable(standing)), names);

    private static string CardText(Standing standing, PeopleNames names) => Card(standing, names).ToJsonString(ActivityJson.Options);

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static Standing StandingOf(int count)
    {
        var rows = Enumerable.Range(0, count).Select(i =>
        {
            var indicator = new Indicator($"indicator-{i}", $"Indicator number {i} with a realistic name", Unit.Percent, BetterWhen.Higher, "Win rate", 25m, Dana);
            var latest = new RecordedValue(indicator.Key, new Period(2026, 10), 1, ValueKind.Value, 31m, Dana, new DateTimeOffset(2026, 11, 3, 9, 0, 0, TimeSpan.Zero), "teams");
            var previous = latest with { Period = new Period(2026, 9), Value = 28m };
            return new StandingRow(indicator, latest, previous, 3m, Trend.Improving, TargetStatus.OnTrack, latest);
        }).ToList();
        return new Standing(new Period(2026, 10), new DateOnly(2026, 11, 5), rows);
    }
}
