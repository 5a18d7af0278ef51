namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// A value built once per process by whichever caller needs it first, the others waiting for it —
/// like <see cref="Lazy{T}"/>, except that a build that throws is not kept: the next caller builds
/// again. Training the classifier runs the phrase readers, whose patterns have a match timeout; on a
/// starved machine one can time out, and a Lazy would then answer every later message with that
/// same exception until the process restarts.
/// </summary>
internal sealed class BuiltOnce<T>(Func<T> build) where T : class
{
    private readonly object _gate = new();
    private T? _value;

    public T Value => Volatile.Read(ref _value) ?? Build();

    private T Build()
    {
        lock (_gate)
        {
            if (_value is null)
            {
                Volatile.Write(ref _value, build());
            }
            return _value;
        }
    }
}
