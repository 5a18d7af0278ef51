using System.Collections.Concurrent;
using ChatCoach.Domain.Delivery;

namespace ChatCoach.Channels.Teams.Tests.Fakes;

/// <summary>The pending-file store for hosts without a database, with the SQL store's rules.</summary>
public sealed class InMemoryPendingFiles : IPendingFileStore
{
    private readonly ConcurrentDictionary<string, PendingFile> files = new(StringComparer.Ordinal);

    public Task AddAsync(PendingFile file, CancellationToken cancellationToken)
    {
        files[file.Id] = file;
        return Task.CompletedTask;
    }

    public Task<PendingFile?> TryConsumeAsync(PendingFileClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = files.TryGetValue(claim.Id, out var file) && file.Workspace == claim.Workspace && file.ConversationId == claim.ConversationId
            && file.RequestedBy == claim.By && file.ExpiresAt > now;
        return Task.FromResult(open && files.TryRemove(claim.Id, out var taken) ? taken : null);
    }
}
