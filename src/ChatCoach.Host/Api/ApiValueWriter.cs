using ChatCoach.Domain.Api;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;
using ChatCoach.Plugins;
using ChatCoach.Scoreboard.Plugin;
using ChatCoach.Domain.Delivery;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace ChatCoach.Host.Api;

/// <summary>
/// Records a pushed value through the chat's own record_value, as the token: the value is read
/// against the unit exactly as a typed one, a second one for a month is a correction, and the
/// revision is recorded by api:&lt;token&gt; on channel "api". The token's scope stands in for the
/// chat's owner-or-admin check (an admin granted write:values). The row's owner is told
/// (<see cref="OwnerNote"/>) unless ChatCoach:Api:NotifyOwner is false.
/// </summary>
public sealed class ApiValueWriter(ScoreboardPlugin scoreboard, Kernel kernel, IOutbox outbox, IOptions<ApiOptions> options, TimeProvider clock,
    ILogger<ApiValueWriter> logger)
{
    public async Task<PluginResult> RecordAsync(ApiToken token, string indicatorKey, string period, string value, string? note, CancellationToken cancellationToken)
    {
        var turn = new TurnContext(token.Workspace, token.Caller, ApiCaller.Channel, $"{ApiCaller.Channel}:{token.Name}", IsDirect: false);
        var outcome = await scoreboard.RecordValueAsync(TurnScope.Enter(kernel, turn, clock.GetUtcNow()), indicatorKey, value, period, note, cancellationToken);
        if (outcome is ValueRecorded recorded && options.Value.NotifyOwner && OwnerNote.For(token.Workspace, recorded) is { } ownerNote)
        {
            await TellOwnerAsync(ownerNote);
        }
        return outcome;
    }

    /// <summary>
    /// The value is stored by now: a note that cannot be queued is logged, never an error answer,
    /// which would free the Idempotency-Key and make the client's retry store the value again.
    /// </summary>
    private async Task TellOwnerAsync(OutboundMessage note)
    {
        try
        {
            await outbox.EnqueueAsync(note, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not queue the owner's note {Key}; the value itself is stored", note.Key);
        }
    }
}
