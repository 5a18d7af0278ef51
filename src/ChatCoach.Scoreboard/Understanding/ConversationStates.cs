using System.Collections.Concurrent;
using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Scoreboard.Understanding;

/// <summary>
/// Loads and saves each conversation's <see cref="ConversationState"/>. Context is kept for two
/// hours of quiet; a pending write only for fifteen minutes, so a late "yes" never confirms
/// something the person has forgotten they were asked.
/// </summary>
public sealed class ConversationStates(IConversationStateStore store)
{
    public static readonly TimeSpan ContextKeptFor = TimeSpan.FromHours(2);
    public static readonly TimeSpan PendingKeptFor = TimeSpan.FromMinutes(15);

    /// <summary>For a planner built without a database (tests, the evaluation): the same rules, in memory.</summary>
    public static ConversationStates InMemory() => new(new MemoryStore());

    public async Task<ConversationState> LoadAsync(TurnContext turn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = await store.ReadAsync(turn.Workspace, turn.ConversationId, now - ContextKeptFor, cancellationToken);
        if (document is null)
        {
            return ConversationState.Empty;
        }
        var saved = SavedAt.Parse(document);
        var state = ConversationState.FromJson(saved.Json);
        return now - saved.At >= PendingKeptFor ? state with { Pending = null } : state;
    }

    public Task SaveAsync(TurnContext turn, ConversationState state, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.WriteAsync(turn.Workspace, turn.ConversationId, SavedAt.Write(state.ToJson(), now), now, cancellationToken);

    /// <summary>The save time travels inside the document, so both stores judge age the same way.</summary>
    private static class SavedAt
    {
        public static string Write(string json, DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + json;

        public static (DateTimeOffset At, string Json) Parse(string document)
        {
            var bar = document.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && long.TryParse(document.AsSpan(0, bar), System.Globalization.CultureInfo.InvariantCulture, out var ms)
                ? (DateTimeOffset.FromUnixTimeMilliseconds(ms), document[(bar + 1)..])
                : (DateTimeOffset.MinValue, document);
        }
    }

    private sealed class MemoryStore : IConversationStateStore
    {
        private const int Capacity = 10_000;
        private readonly ConcurrentDictionary<(WorkspaceId, string), (string Document, DateTimeOffset At)> _states = new();

        public Task<string?> ReadAsync(WorkspaceId workspace, string conversationId, DateTimeOffset notBefore, CancellationToken cancellationToken) =>
            Task.FromResult(_states.TryGetValue((workspace, conversationId), out var saved) && saved.At >= notBefore ? saved.Document : null);

        public Task WriteAsync(WorkspaceId workspace, string conversationId, string document, DateTimeOffset at, CancellationToken cancellationToken)
        {
            if (_states.Count >= Capacity)
            {
                _states.Clear();
            }
            _states[(workspace, conversationId)] = (document, at);
            return Task.CompletedTask;
        }
    }
}
