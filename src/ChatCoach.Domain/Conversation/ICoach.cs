namespace ChatCoach.Domain.Conversation;

/// <summary>
/// The one door into the bot for every channel: a person said something in a turn, or pressed
/// something the bot offered; the coach answers. Channels translate to and from it and hold no product logic.
/// </summary>
public interface ICoach
{
    /// <param name="text">
    /// The message, with the bot's own mention removed and people mentioned written as
    /// <c>&lt;@channel:id&gt;</c> (for example <c>&lt;@slack:U123&gt;</c>) — see <see cref="MentionSyntax"/>.
    /// </param>
    Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken);

    /// <summary>A button, card action or form answered: the typed action it carried, for the feature that made it.</summary>
    Task<Reply> ActAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken);
}
