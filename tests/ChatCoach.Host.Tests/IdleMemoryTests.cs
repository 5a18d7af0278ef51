using ChatCoach.Host.Configuration;

namespace ChatCoach.Host.Tests;

/// <summary>Start-up's garbage is collected as soon as the one-off work that made it is done (decision 0032).</summary>
public sealed class IdleMemoryTests
{
    [Fact]
    public void A_full_collection_follows_the_start_up_work_and_never_precedes_it()
    {
        var fullDuringWork = -1;
        var garbage = new List<byte[]>();

        IdleMemory.AfterStartUp(() =>
        {
            fullDuringWork = GC.CollectionCount(GC.MaxGeneration);
            garbage.AddRange(Enumerable.Range(0, 64).Select(_ => new byte[64 * 1024]));
        });

        Assert.Equal(64, garbage.Count);
        Assert.True(GC.CollectionCount(GC.MaxGeneration) > fullDuringWork, "no full collection after the start-up work");
    }
}
