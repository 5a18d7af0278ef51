using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Delivery;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;
using ChatCoach.Scoreboard.Plugin;

namespace ChatCoach.Host.Api;

/// <summary>
/// The one short note a row's owner gets when an integration records their value: they would
/// otherwise learn of it only from the standing, and a wrong push is caught soonest by the person
/// who knows the number. Sent through the outbox as a DM; its key is the revision, so a retried
/// request or a second host never sends it twice.
/// </summary>
public static class OwnerNote
{
    public static OutboundMessage? For(WorkspaceId workspace, ValueRecorded recorded)
    {
        // Only a chat platform can be written to later; an unowned row has nobody to tell.
        if (recorded.Indicator.Owner is not { } owner || !ChatChannels.CanPostTo(owner.Channel))
        {
            return null;
        }
        var value = recorded.Recorded;
        return new OutboundMessage($"api-value/{workspace}/{value.IndicatorKey}/{value.Period}/{value.Revision}", workspace, new ToPerson(owner), Words(recorded));
    }

    private static Reply Words(ValueRecorded recorded)
    {
        var (indicator, value) = (recorded.Indicator, recorded.Recorded);
        var figure = ValueFormatter.Format(value.Value!.Value, indicator.Unit);
        var was = recorded.Replaced is { HasNumber: true } old ? $", replacing {ValueFormatter.Format(old.Value!.Value, indicator.Unit)}" : "";
        return Reply.Of(new Paragraph([
            new TextRun($"{value.Period.Display}'s "), new Strong(indicator.Name),
            new TextRun($" arrived {ApiCaller.Describe(value.RecordedBy)}: {figure}{was}. Say \"history of {indicator.Key}\" if it looks wrong."),
        ]));
    }
}
