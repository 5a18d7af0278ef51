using ChatCoach.Plugins;
using ChatCoach.Nudges.Model;
using ChatCoach.Domain.People;
using ChatCoach.Domain.Scoreboard;

namespace ChatCoach.Nudges.Plugin;

/// <summary>
/// Loads what the nudge rules read about a workspace. The scheduler, the dry-run command and "what's
/// missing" all go through here, so they always show the same facts.
/// </summary>
public sealed class NudgeFactsLoader(IScoreboardStore scoreboard, INudgeStore nudges, IPersonTimeZones zones, AdminPolicy admins)
{
    /// <summary>Deliveries older than this no longer matter: periods are monthly and due within weeks.</summary>
    private static readonly TimeSpan Memory = TimeSpan.FromDays(120);

    public async Task<NudgeFacts> LoadAsync(WorkspaceId workspace, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var indicators = await scoreboard.IndicatorsAsync(workspace, cancellationToken);
        var known = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        foreach (var owner in indicators.Select(i => i.Owner).OfType<UserRef>().DistinctBy(o => o.Id))
        {
            if (await zones.FindAsync(workspace, owner, cancellationToken) is { } zone)
            {
                known[owner.Id] = zone;
            }
        }
        return new NudgeFacts(
            workspace,
            indicators,
            await scoreboard.LatestValuesAsync(workspace, cancellationToken),
            await nudges.DeliveriesAsync(workspace, now - Memory, cancellationToken),
            await nudges.SnoozesAsync(workspace, cancellationToken),
            await nudges.EscalationsAsync(workspace, cancellationToken),
            await nudges.ScoreboardChannelAsync(workspace, cancellationToken),
            known,
            admins.AdminsOf(workspace));
    }
}
