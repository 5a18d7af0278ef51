namespace ChatCoach.Channels.Teams.Protocol;

internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";

    /// <summary>Universal Actions: https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview</summary>
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    /// <summary>The answer to a file-consent card: https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4</summary>
    public const string FileConsentInvoke = "fileConsent/invoke";

    public const string PersonalConversation = "personal";
}
