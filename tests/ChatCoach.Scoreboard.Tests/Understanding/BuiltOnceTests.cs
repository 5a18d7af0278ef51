using ChatCoach.Scoreboard.Understanding;

namespace ChatCoach.Scoreboard.Tests.Understanding;

/// <summary>How the shared classifier is built: once, and again after a build that failed.</summary>
public sealed class BuiltOnceTests
{
    [Fact]
    public void A_build_that_timed_out_is_not_kept_and_the_next_caller_builds_again()
    {
        var builds = 0;
        var value = new BuiltOnce<string>(() => ++builds == 1 ? throw new System.Text.RegularExpressions.RegexMatchTimeoutException("starved") : "trained");

        Assert.Throws<System.Text.RegularExpressions.RegexMatchTimeoutException>(() => value.Value);

        Assert.Equal("trained", value.Value);
        Assert.Equal("trained", value.Value);
        Assert.Equal(2, builds);
    }

    [Fact]
    public async Task Callers_arriving_together_wait_for_one_build()
    {
        var builds = 0;
        var value = new BuiltOnce<object>(() =>
        {
            Interlocked.Increment(ref builds);
            Thread.Sleep(50); // long enough for the other callers to arrive while it builds
            return new object();
        });

        var seen = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => value.Value)));

        Assert.Equal(1, builds);
        Assert.All(seen, v => Assert.Same(seen[0], v));
    }
}
