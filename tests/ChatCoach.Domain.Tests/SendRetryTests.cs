using ChatCoach.Domain.Delivery;

namespace ChatCoach.Domain.Tests;

public sealed class SendRetryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void A_transient_failure_is_retried_after_a_doubling_wait(int attempt, int minutes)
    {
        var decision = SendRetry.Decide(new DeliveryResult(DeliveryOutcome.TransientFailure, "ratelimited"), attempt, maxAttempts: 6, Now);

        Assert.Equal(new SendDecision(AfterSend.Retry, Now.AddMinutes(minutes), "ratelimited"), decision);
    }

    [Fact]
    public void The_last_attempt_and_a_permanent_failure_give_up_and_a_send_is_done()
    {
        Assert.Equal(new SendDecision(AfterSend.GiveUp, null, "gave up after 6 attempts: ratelimited"),
            SendRetry.Decide(new DeliveryResult(DeliveryOutcome.TransientFailure, "ratelimited"), 6, 6, Now));
        Assert.Equal(new SendDecision(AfterSend.GiveUp, null, "user_not_found"),
            SendRetry.Decide(new DeliveryResult(DeliveryOutcome.PermanentFailure, "user_not_found"), 1, 6, Now));
        Assert.Equal(AfterSend.Sent, SendRetry.Decide(DeliveryResult.Sent, 3, 6, Now).Next);
    }
}
