using ChatCoach.Channels.Slack.Install;
using ChatCoach.Channels.Slack.WebApi;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Slack;

/// <summary>A Slack member's own time zone from users.info (cached by the client), so nudges arrive at 9:00 their time.</summary>
public sealed class SlackPersonTimeZones(SlackWebApi slack) : IPersonTimeZoneSource
{
    public string Channel => "slack";

    public async Task<TimeZoneInfo?> FindAsync(WorkspaceId workspace, UserRef person, CancellationToken cancellationToken)
    {
        if (person.Channel != "slack")
        {
            return null;
        }
        try
        {
            var user = await slack.For(SlackWorkspaceConnection.TeamOf(workspace)).Users.InfoAsync(person.LocalId, cancellationToken);
            return user.TimeZone is { } zone && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info) ? info : null;
        }
        catch (Exception e) when (e is SlackApiException or HttpRequestException or TaskCanceledException)
        {
            // Unknown for now: the configured default zone applies until Slack answers.
            return null;
        }
    }
}
