namespace ChatCoach.Plugins.Access;

/// <summary>Who may invoke a function that changes the board.</summary>
public enum WriteAccess
{
    /// <summary>The indicator's owner, or an admin.</summary>
    OwnerOrAdmin,

    /// <summary>Admins only.</summary>
    Admin,

    /// <summary>
    /// Anyone in the workspace: the function acts only on the caller's own things (their snooze,
    /// their interview) or applies a rule of its own that it documents (who may close a survey).
    /// </summary>
    Anyone,
}

/// <summary>
/// Marks a kernel function as a write. <see cref="WriteAccessFilter"/> enforces it for every caller,
/// the embedded planner and a language model alike.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteAccessAttribute(WriteAccess access) : Attribute
{
    public WriteAccess Access { get; } = access;

    /// <summary>
    /// For <see cref="WriteAccess.OwnerOrAdmin"/>: the parameter that names the indicator whose owner
    /// may write. Declared, never guessed from a parameter's name; start-up fails when it names no parameter.
    /// </summary>
    public string? Row { get; init; }

    /// <summary>What a caller without the access is told; each admin-only function says what it guards.</summary>
    public string Refusal { get; init; } = "Only an admin can change owners and targets.";
}

/// <summary>Marks a kernel function that changes nothing: anyone in the workspace may call it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadsOnlyAttribute : Attribute;
