using ChatCoach.Domain.Conversation;

namespace ChatCoach.Conversation.Answers;

/// <summary>The reply to a "no thanks" to the choices just offered: how to ask again later, not a lecture.</summary>
public static class OfferReplies
{
    public static Reply Declined(DeclinedOffer declined) => Choice.Answers(declined.Offer) is [var only] && !declined.Offer.FirstIsDefault
        ? Reply.Text($"No problem. Say “{only.Utterance}” whenever you're ready.")
        : Reply.Text("All right. Say “help” if you want to see what I can do.");
}
