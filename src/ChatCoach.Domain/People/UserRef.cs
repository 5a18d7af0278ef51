namespace ChatCoach.Domain.People;

/// <summary>
/// A person in a chat workspace, as "channel:id" — <c>slack:U123</c>, <c>teams:&lt;aadObjectId&gt;</c>
/// or <c>local:dana</c>. The channel prefix keeps ids from different platforms from colliding.
/// </summary>
public sealed record UserRef
{
    public UserRef(string id)
    {
        if (!TryValidate(id, out var error))
        {
            throw new ArgumentException(error, nameof(id));
        }
        Id = id;
    }

    public string Id { get; }

    public string Channel => Id[..Id.IndexOf(':', StringComparison.Ordinal)];

    /// <summary>The platform's own id (the part after the channel prefix).</summary>
    public string LocalId => Id[(Id.IndexOf(':', StringComparison.Ordinal) + 1)..];

    public static UserRef Local(string name) => new($"local:{name}");

    public static bool TryParse(string? text, out UserRef? user)
    {
        user = text is not null && TryValidate(text, out _) ? new UserRef(text) : null;
        return user is not null;
    }

    private static bool TryValidate(string? id, out string error)
    {
        error = "";
        var colon = id?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (id is null || colon <= 0 || colon == id.Length - 1)
        {
            error = $"'{id}' is not a user reference; expected channel:id such as slack:U123 or local:dana.";
            return false;
        }
        if (id.Any(char.IsWhiteSpace))
        {
            error = $"'{id}' contains white space.";
            return false;
        }
        return true;
    }

    public override string ToString() => Id;
}
