using ChatCoach.Domain.Conversation;

namespace ChatCoach.Domain.Inbound;

/// <summary>
/// The inbox row being handled, as the turn and the channel's sender see it (decision 0018). A turn
/// composed on an earlier attempt is not run again: its reply was kept with the row and is handed
/// back (<see cref="KeptReply"/>), so a retry re-sends the answer and never repeats the turn's
/// writes. <see cref="InFlight"/> says an earlier attempt may have reached the platform with it (the
/// process died or the request timed out mid-send): a channel that can look (Slack, by the message's
/// metadata) checks before sending again.
/// </summary>
public sealed class InboxDelivery
{
    private readonly List<Reply> _replies;
    private readonly Func<IReadOnlyList<Reply>, CancellationToken, Task> _keep;

    private readonly IUnitOfWork? _unit;

    public InboxDelivery(string source, string deliveryId, DateTimeOffset receivedAt, IReadOnlyList<Reply> kept, bool inFlight,
        Func<IReadOnlyList<Reply>, CancellationToken, Task> keep, IUnitOfWork? unit = null)
    {
        Source = source;
        DeliveryId = deliveryId;
        ReceivedAt = receivedAt;
        _replies = [.. kept];
        InFlight = inFlight;
        _keep = keep;
        _unit = unit;
    }

    /// <summary>The row being handled, or null outside the inbox (the console, tests).</summary>
    public static InboxDelivery? Handling => TurnAmbient.Current.Delivery;

    public string Source { get; }

    public string DeliveryId { get; }

    /// <summary>When the event reached us: a turn's answer tells a long wait (LateAnswer), Slack looks for a lost send from then.</summary>
    public DateTimeOffset ReceivedAt { get; }

    /// <summary>An earlier attempt may have delivered this row's answer: look before sending it again.</summary>
    public bool InFlight { get; }

    private int _turns;

    /// <summary>The reply an earlier attempt composed for this row's next turn, if it got that far.</summary>
    public Reply? KeptReply() => _turns < _replies.Count ? _replies[_turns++] : null;

    /// <summary>
    /// Keeps a just-composed reply with the row before it is sent; from then on a send of it is in
    /// flight, and a retry re-sends it instead of running the turn again.
    /// </summary>
    public async Task KeepAsync(Reply reply, CancellationToken cancellationToken)
    {
        Place(reply);
        _provisional = false;
        await _keep([.. _replies], cancellationToken);
    }

    // True while the turn's slot holds the receipt of its last write, not yet its composed reply.
    private bool _provisional;

    /// <summary>
    /// Runs a write of the current turn so that it commits together with <paramref name="receipt"/>,
    /// the reply reporting it: a crash after the write leaves a reply a retry sends, never a write a
    /// retry repeats. The turn's composed reply replaces the receipt when it is kept.
    /// </summary>
    public async Task<T> WriteOnceAsync<T>(Func<Task<T>> write, Func<T, Reply?> receipt, CancellationToken cancellationToken)
    {
        if (_unit is null)
        {
            return await write();
        }
        T result = default!;
        await _unit.InOneTransactionAsync(async token =>
        {
            result = await write();
            if (receipt(result) is { } reply)
            {
                Place(reply);
                _provisional = true;
                await _keep([.. _replies], token);
            }
        }, cancellationToken);
        return result;
    }

    // Every reply kept with the row loses any API token secret first: the row is stored, the secret must not be.
    private void Place(Reply shown)
    {
        var reply = Api.SecretRedaction.WithoutSecrets(shown);
        if (_provisional)
        {
            _replies[^1] = reply;
        }
        else
        {
            _replies.Add(reply);
        }
        _turns = _replies.Count;
    }
}
