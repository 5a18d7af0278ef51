using ChatCoach.Scoreboard.Intents;

namespace ChatCoach.Conversation.Tests;

public sealed class LastCallTests
{
    [ThreadStatic]
    private static LastCall _last;

    [Fact]
    public void The_same_text_is_worked_out_once_and_different_text_again()
    {
        var calls = 0;
        string Upper(string text)
        {
            calls++;
            return text.ToUpperInvariant();
        }

        Assert.Equal("WHERE DO WE STAND", LastCall.Of(ref _last, "where do we stand", Upper));
        Assert.Equal("WHERE DO WE STAND", LastCall.Of(ref _last, new string("where do we stand".ToCharArray()), Upper));
        Assert.Equal("WIN RATE", LastCall.Of(ref _last, "win rate", Upper));
        Assert.Equal("WHERE DO WE STAND", LastCall.Of(ref _last, "where do we stand", Upper));

        Assert.Equal(3, calls);
    }
}
