namespace ChatCoach.Plugins.Access;

/// <summary>Who may invoke a function that changes the board.</summary>
public enum WriteAccess
{
    /// <summary>The indicator's owner, or an admin.</summary>
    OwnerOrAdmin,

    /// <summary>Admins only.</summary>
    Admin,
}

/// <summary>
/// Marks a kernel function as a write. <see cref="WriteAccessFilter"/> enforces it for every caller,
/// the embedded planner and a language model alike.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteAccessAttribute(WriteAccess access) : Attribute
{
    public WriteAccess Access { get; } = access;

    /// <summary>What a caller without the access is told; each admin-only function says what it guards.</summary>
    public string Refusal { get; init; } = "Only an admin can change owners and targets.";
}
