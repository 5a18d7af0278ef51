using ChatCoach.Channels.Teams.Outbound;

namespace ChatCoach.Channels.Teams.Tests;

public sealed class ConversationPacerTests
{
    [Fact]
    public async Task Seven_sends_a_second_go_at_once_and_the_eighth_waits_for_the_next_second()
    {
        using var pacer = new ConversationPacer();
        for (var i = 0; i < 7; i++)
        {
            Assert.True(pacer.WaitTurnAsync("19:busy", CancellationToken.None).IsCompletedSuccessfully);
        }

        var eighth = pacer.WaitTurnAsync("19:busy", CancellationToken.None);
        var otherConversation = pacer.WaitTurnAsync("19:quiet", CancellationToken.None);

        Assert.False(eighth.IsCompleted);
        Assert.True(otherConversation.IsCompletedSuccessfully);
        await eighth.WaitAsync(TimeSpan.FromSeconds(10));
    }
}
