using System.Text.Json;
using ChatCoach.Channels.Teams.Protocol;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.Channels.Teams.Files;

/// <summary>The two attachments of the file-consent exchange: the offer, and the file once uploaded.</summary>
internal static class FileCards
{
    public static Attachment Consent(string offerId, FileAttachment file, TimeSpan lifetime)
    {
        var context = new OfferContext(offerId);
        var card = new FileConsentCard(
            $"{file.Title}: {file.FileName}. Allow it to save the file to your OneDrive and open it here; the offer lasts {lifetime.TotalHours:0} hours.",
            file.Bytes.LongLength, context, context);
        return new Attachment(FileConsentTypes.ConsentCard, JsonSerializer.SerializeToNode(card, ActivityJson.Options), Name: file.FileName);
    }

    public static Attachment Info(FileUploadInfo upload) => new(
        FileConsentTypes.InfoCard,
        JsonSerializer.SerializeToNode(new FileInfoCard(upload.UniqueId, upload.FileType), ActivityJson.Options),
        ContentUrl: upload.ContentUrl,
        Name: upload.Name);
}
