namespace ChatCoach.Domain.People;

/// <summary>
/// The tenant boundary: a Slack team (<c>slack:T123</c>), a Teams tenant (<c>teams:&lt;tenant&gt;</c>)
/// or <c>local</c>. One workspace never reads or writes another's data.
/// </summary>
public readonly record struct WorkspaceId
{
    public WorkspaceId(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 200)
        {
            throw new ArgumentException("A workspace id must be a non-empty string of at most 200 characters.", nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    public static WorkspaceId Local { get; } = new("local");

    public override string ToString() => Value;
}
