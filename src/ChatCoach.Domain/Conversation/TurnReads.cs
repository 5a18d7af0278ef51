namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What one turn has already looked up, for a store to share between the turn's reads: a turn that
/// reads three things checks the database once instead of three times. Begun by whoever runs the
/// turn and carried with the rest of the turn's ambient state (<see cref="TurnAmbient.Turn"/>); a
/// store forgets everything in it as soon as the turn opens the database for anything else (a write
/// above all), so the turn always reads its own writes. Outside a turn there is nothing to share and
/// every read looks for itself.
/// </summary>
public sealed class TurnReads
{
    // Keyed by who looked as well as what: two databases in one process never share a lookup.
    private readonly Dictionary<(object Owner, string Key), object?> _looked = new();
    private long _forgotten;

    internal TurnReads()
    {
    }

    /// <summary>The turn's reads in this flow, if it is in a turn.</summary>
    public static TurnReads? Current => TurnAmbient.Current.Reads;

    /// <summary>
    /// Looks <paramref name="key"/> up once per turn: the turn's later reads get the same answer
    /// until it forgets. Outside a turn, every call looks.
    /// </summary>
    public static async Task<T> LookOnceAsync<T>(object owner, string key, Func<Task<T>> look)
    {
        var turn = Current;
        if (turn is not null && turn.TryGet(owner, key, out var kept))
        {
            return (T)kept!;
        }
        var forgotten = turn?.Forgotten ?? 0;
        var found = await look();
        turn?.Keep(owner, key, found, forgotten);
        return found;
    }

    public bool TryGet(object owner, string key, out object? value)
    {
        lock (_looked)
        {
            return _looked.TryGetValue((owner, key), out value);
        }
    }

    /// <summary>How many times the turn has forgotten; taken before a lookup, handed back to <see cref="Keep"/>.</summary>
    public long Forgotten
    {
        get
        {
            lock (_looked)
            {
                return _forgotten;
            }
        }
    }

    /// <summary>Keeps what was looked up, unless the turn forgot since the lookup began (a write may have overtaken it).</summary>
    public void Keep(object owner, string key, object? value, long forgottenBefore)
    {
        lock (_looked)
        {
            if (_forgotten == forgottenBefore)
            {
                _looked[(owner, key)] = value;
            }
        }
    }

    public void Forget()
    {
        lock (_looked)
        {
            _forgotten++;
            _looked.Clear();
        }
    }
}
