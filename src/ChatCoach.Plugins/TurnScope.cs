using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.Scoreboard;
using Microsoft.SemanticKernel;

namespace ChatCoach.Plugins;

/// <summary>
/// The turn's identity, carried in <see cref="Kernel.Data"/> of a per-turn kernel clone. Functions
/// and filters read the caller from here, never from arguments, so a language model filling in
/// arguments cannot change who is acting or in which workspace.
/// </summary>
public sealed class TurnScope
{
    private const string DataKey = "chatcoach.turn";

    private TurnScope(TurnContext turn, DateTimeOffset now)
    {
        Turn = turn;
        Now = now;
    }

    public TurnContext Turn { get; }

    /// <summary>One clock reading per turn, so "last month" means the same thing in every function.</summary>
    public DateTimeOffset Now { get; }

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public static Kernel Enter(Kernel prototype, TurnContext turn, DateTimeOffset now)
    {
        var kernel = prototype.Clone();
        kernel.Data[DataKey] = new TurnScope(turn, now);
        return kernel;
    }

    public static TurnScope Of(Kernel kernel) =>
        kernel.Data.TryGetValue(DataKey, out var scope) && scope is TurnScope turnScope
            ? turnScope
            : throw new InvalidOperationException("A ChatCoach function was invoked outside a turn; use TurnScope.Enter.");

    /// <summary>
    /// The workspace's indicators, read once per turn with the turn's other shared reads
    /// (<see cref="TurnReads"/>), so any write in the turn drops them: a function never matches a
    /// name against a board the turn has just changed.
    /// </summary>
    public Task<IReadOnlyList<Indicator>> IndicatorsAsync(IScoreboardStore store, CancellationToken cancellationToken) =>
        TurnReads.LookOnceAsync(store, _indicatorsKey ??= $"indicators\n{Turn.Workspace.Value}", () => store.IndicatorsAsync(Turn.Workspace, cancellationToken));

    // Built on the first read, not per call: functions read the rows several times a turn.
    private string? _indicatorsKey;
}
