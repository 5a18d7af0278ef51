using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Conversation.Answers;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ChatCoach.Scoreboard.Tests;

public sealed class OfferedChoicesTests
{
    private static readonly Reply Offer = new([new Choices("Want the chart?", [new Choice("Show the chart", "chart of the standing")])]);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 18, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_yes_answers_the_offer_made_in_the_same_conversation_only()
    {
        var offered = new OfferedChoices(_clock);
        offered.Remember(Turn("C1"), Offer);

        Assert.IsType<PickedChoice>(offered.Answer(Turn("C1"), "yes"));
        Assert.Null(offered.Answer(Turn("C2"), "yes"));
    }

    [Fact]
    public void An_offer_older_than_two_hours_is_not_answered_and_is_let_go()
    {
        var offered = new OfferedChoices(_clock);
        offered.Remember(Turn("C1"), Offer);
        _clock.Advance(TimeSpan.FromHours(2));

        Assert.Null(offered.Answer(Turn("C1"), "yes"));
        offered.Remember(Turn("C2"), Offer);
        Assert.Equal(1, offered.Count);
    }

    [Fact]
    public void A_reply_without_choices_ends_the_offer()
    {
        var offered = new OfferedChoices(_clock);
        offered.Remember(Turn("C1"), Offer);
        offered.Remember(Turn("C1"), Reply.Text("Done."));

        Assert.Null(offered.Answer(Turn("C1"), "yes"));
        Assert.Equal(0, offered.Count);
    }

    [Fact]
    public void Beyond_the_cap_the_oldest_offer_is_let_go_first()
    {
        var offered = new OfferedChoices(_clock, maxConversations: 3);
        foreach (var conversation in new[] { "C1", "C2", "C3" })
        {
            offered.Remember(Turn(conversation), Offer);
            _clock.Advance(TimeSpan.FromMinutes(1));
        }
        offered.Remember(Turn("C1"), Offer); // renewed: now the newest
        offered.Remember(Turn("C4"), Offer);

        Assert.Equal(3, offered.Count);
        Assert.Null(offered.Answer(Turn("C2"), "yes"));
        Assert.NotNull(offered.Answer(Turn("C1"), "yes"));
        Assert.NotNull(offered.Answer(Turn("C4"), "yes"));
    }

    private static TurnContext Turn(string conversation) =>
        new(WorkspaceId.Local, UserRef.Local("dana"), "console", conversation);
}
