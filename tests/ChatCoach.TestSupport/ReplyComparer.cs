using System.Text.Json;
using ChatCoach.Domain.Conversation;

namespace ChatCoach.TestSupport;

/// <summary>
/// Replies compared by content: records holding lists compare those lists by reference, so two
/// equal replies built separately are compared through a canonical serialised form instead.
/// </summary>
public sealed class ReplyComparer : IEqualityComparer<Reply>
{
    public static ReplyComparer Instance { get; } = new();

    public bool Equals(Reply? x, Reply? y) => x is null || y is null ? x == y : Canonical(x) == Canonical(y);

    public int GetHashCode(Reply obj) => Canonical(obj).GetHashCode(StringComparison.Ordinal);

    private static string Canonical(Reply reply) => Storage.Sql.ReplyJson.Write(reply);
}
