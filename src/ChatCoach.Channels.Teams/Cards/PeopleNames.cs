using ChatCoach.Domain.Conversation;
using ChatCoach.Domain.People;

namespace ChatCoach.Channels.Teams.Cards;

/// <summary>
/// Display names for the people a reply names (mentions, "recorded by", owners). Teams users'
/// names come from their stored conversation reference; others show their own id.
/// </summary>
internal sealed class PeopleNames(IReadOnlyDictionary<string, string> known)
{
    public static PeopleNames None { get; } = new(new Dictionary<string, string>());

    /// <summary>The stored name, or null for a Teams user the bot has never heard from.</summary>
    public string? Find(UserRef user) =>
        ApiCaller.Describe(user) ?? (known.TryGetValue(user.Id, out var name) ? name : user.Channel == "teams" ? null : user.LocalId);

    public string Display(UserRef user) => Find(user) ?? "a teammate";

    public static IEnumerable<UserRef> In(Reply reply) => reply.Parts.SelectMany(part => part switch
    {
        Paragraph p => p.Inlines.OfType<Mention>().Select(m => m.User),
        StandingTable t => t.Standing.Rows.SelectMany(r => new[] { r.Latest?.RecordedBy, r.Indicator.Owner }).OfType<UserRef>(),
        HistoryTable h => h.Revisions.Select(r => r.RecordedBy),
        OwnerTable o => o.Indicators.Select(i => i.Owner).OfType<UserRef>(),
        _ => [],
    }).Distinct();
}
