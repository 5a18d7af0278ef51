using ChatCoach.Domain.People;

namespace ChatCoach.Domain.Installations;

/// <summary>Deletes everything one workspace has stored (its scoreboard, history, surveys, nudges), on an admin's confirmed request.</summary>
public interface IWorkspaceDataEraser
{
    /// <returns>How many rows went.</returns>
    Task<int> EraseAsync(WorkspaceId workspace, CancellationToken cancellationToken);
}
