namespace ChatCoach.Conversation.Delivery;

/// <summary>
/// Who holds a claim on a row (an event being answered, a message being sent): unique per running
/// sender, and readable in the table — the machine and process that took it.
/// </summary>
public static class Claimant
{
    public static string New() => $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}
