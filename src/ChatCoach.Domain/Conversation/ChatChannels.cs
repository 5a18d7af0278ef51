namespace ChatCoach.Domain.Conversation;

/// <summary>
/// The channels a turn can come from (<see cref="TurnContext.Channel"/>, a user ref's prefix), and
/// what each can do. Code asks the capability, never compares names: a third chat platform is added
/// here once.
/// </summary>
public static class ChatChannels
{
    public const string Console = "console";
    public const string Slack = "slack";
    public const string Teams = "teams";

    /// <summary>A chat platform the bot can post to on its own (a nudge, a digest, a reminder); the console cannot be.</summary>
    public static bool CanPostTo(string? channel) => channel is Slack or Teams;

    /// <summary>A file the bot makes (an export) is handed over in the conversation; the console shares the host's disk and gets a path instead.</summary>
    public static bool TakesFilesInTheConversation(string? channel) => channel is Slack or Teams;

    /// <summary>One of the channels the product runs on.</summary>
    public static bool IsKnown(string? channel) => channel is Console or Slack or Teams;
}
