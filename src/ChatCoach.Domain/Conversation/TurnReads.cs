namespace ChatCoach.Domain.Conversation;

/// <summary>
/// What one turn has already looked up, for a store to share between the turn's reads: a turn that
/// reads three things checks the database once instead of three times. Begun by whoever runs the
/// turn and carried by the turn's async flow; a store forgets everything in it as soon as the turn
/// opens the database for anything else (a write above all), so the turn always reads its own
/// writes. Outside a turn there is nothing to share and every read looks for itself.
/// </summary>
public sealed class TurnReads
{
    private static readonly AsyncLocal<TurnReads?> InFlow = new();
    // Keyed by who looked as well as what: two databases in one process never share a lookup.
    private readonly Dictionary<(object Owner, string Key), object?> _looked = new();
    private long _forgotten;

    private TurnReads()
    {
    }

    /// <summary>The turn this flow is in, if any.</summary>
    public static TurnReads? Current => InFlow.Value;

    /// <summary>Starts a turn's reads for the current flow; disposing ends them.</summary>
    public static IDisposable Begin()
    {
        var outer = InFlow.Value;
        InFlow.Value = new TurnReads();
        return new End(outer);
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

    private sealed class End(TurnReads? outer) : IDisposable
    {
        public void Dispose() => InFlow.Value = outer;
    }
}
