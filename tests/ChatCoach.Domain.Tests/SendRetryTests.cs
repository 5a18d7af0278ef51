using ChatCoach.Domain.Delivery;

namespace ChatCoach.Domain.Tests;

public sealed class SendRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DeliveryResult RateLimited = new(DeliveryOutcome.TransientFailure, "ratelimited");

    [Fact]
    public void A_transient_failure_is_retried_long_after_a_handful_of_attempts_while_the_window_lasts()
    {
        var decision = SendRetry.Decide(RateLimited, attempt: 40, firstTriedAt: Now.AddHours(-23), SendRetryWindow.Default, Now, new Random(7));

        Assert.Equal(AfterSend.Retry, decision.Next);
        Assert.InRange(decision.RetryAt!.Value, Now + RetryWindow.LongestPause / 2, Now + RetryWindow.LongestPause);
    }

    [Fact]
    public void The_platforms_retry_after_is_never_undercut()
    {
        var decision = SendRetry.Decide(RateLimited with { RetryAfter = TimeSpan.FromMinutes(30) }, 1, Now, SendRetryWindow.Default, Now, new Random(7));

        Assert.Equal(Now.AddMinutes(30), decision.RetryAt);
    }

    [Fact]
    public void Once_the_window_has_passed_a_permanent_failure_and_a_transient_one_are_given_up_and_a_send_is_done()
    {
        var gaveUp = SendRetry.Decide(RateLimited, 60, Now.AddHours(-24), SendRetryWindow.Default, Now, new Random(7));
        Assert.Equal(new SendDecision(AfterSend.GiveUp, null, "gave up after 60 attempts over 24 hours: ratelimited"), gaveUp);
        Assert.Equal(new SendDecision(AfterSend.GiveUp, null, "user_not_found"),
            SendRetry.Decide(new DeliveryResult(DeliveryOutcome.PermanentFailure, "user_not_found"), 1, Now, SendRetryWindow.Default, Now, new Random(7)));
        Assert.Equal(AfterSend.Sent, SendRetry.Decide(DeliveryResult.Sent, 3, Now, SendRetryWindow.Default, Now, new Random(7)).Next);
    }
}
