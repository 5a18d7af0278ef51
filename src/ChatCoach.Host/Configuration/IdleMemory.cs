namespace ChatCoach.Host.Configuration;

/// <summary>
/// Start-up's one-off work — training the message classifier from its corpus, above all — leaves
/// tens of megabytes of garbage behind, in generations a collection triggered by allocation would
/// not reach for a long time in a host that then waits for messages. One full, compacting, decommitting
/// collection when that work is done gives the memory back to the operating system at once: a
/// resting host holds what it uses, not what it once used to start (decision 0034).
/// </summary>
public static class IdleMemory
{
    public static void AfterStartUp(Action work)
    {
        work();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }
}
