namespace ChatCoach.Channels.Teams.Protocol;

/// <summary>
/// The file-consent exchange of the Teams bot API (personal chats only): the bot offers a file
/// with a consent card; the person's answer arrives as a <c>fileConsent/invoke</c> whose value is
/// <see cref="FileConsentAnswer"/>; on accept the bot PUTs the bytes to the upload URL and then
/// shows the file with a file-info card:
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4
/// </summary>
internal static class FileConsentTypes
{
    public const string ConsentCard = "application/vnd.microsoft.teams.card.file.consent";
    public const string InfoCard = "application/vnd.microsoft.teams.card.file.info";
    public const string Accept = "accept";
    public const string Decline = "decline";
}

/// <summary>The content of a consent card. Teams hands the matching context back with the answer.</summary>
internal sealed record FileConsentCard(string Description, long SizeInBytes, OfferContext AcceptContext, OfferContext DeclineContext);

/// <summary>What travels in the card and back: only the offer's opaque id, never anything to trust.</summary>
internal sealed record OfferContext(string? Offer);

/// <summary>The value of a <c>fileConsent/invoke</c>.</summary>
internal sealed record FileConsentAnswer(string? Type, string? Action, OfferContext? Context, FileUploadInfo? UploadInfo);

/// <summary>Where Teams (the person's OneDrive) takes the bytes, and how the file is then shown.</summary>
internal sealed record FileUploadInfo(string? Name, string? UploadUrl, string? ContentUrl, string? UniqueId, string? FileType);

/// <summary>The content of a file-info card.</summary>
internal sealed record FileInfoCard(string? UniqueId, string? FileType);
