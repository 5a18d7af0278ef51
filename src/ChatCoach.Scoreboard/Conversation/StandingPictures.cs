using ChatCoach.Domain.Conversation;

namespace ChatCoach.Scoreboard.Conversation;

/// <summary>
/// Whether "where do we stand" includes the instrument panel (ChatCoach:Scoreboard:PanelWithStanding)
/// or offers it with a button: a picture in every answer is heavy in a busy channel, so it is opt-in.
/// </summary>
public sealed record StandingPictures(bool PanelWithStanding)
{
    public static Choices Offer { get; } = new("See it at a glance:", [new Choice("Instrument panel", "instrument panel")]);
}
