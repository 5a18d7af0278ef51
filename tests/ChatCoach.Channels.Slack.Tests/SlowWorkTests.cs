using System.Diagnostics;
using System.Net;
using ChatCoach.Domain.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace ChatCoach.Channels.Slack.Tests;

public sealed class SlowWorkTests
{
    /// <summary>A coach that answers only when the test lets it, like a model that takes its time.</summary>
    private sealed class HeldCoach : ICoach
    {
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Asked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<Reply> ReplyAsync(TurnContext turn, string text, CancellationToken cancellationToken)
        {
            Asked.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            return Reply.Text($"You said: {text}");
        }

        public Task<Reply> ActAsync(TurnContext turn, ChatAction action, CancellationToken cancellationToken) => ReplyAsync(turn, action.Verb, cancellationToken);
    }

    [Fact]
    public async Task The_ack_never_waits_for_the_answer()
    {
        var coach = new HeldCoach();
        await using var bot = await SlackBot.StartAsync(services => services.AddSingleton<ICoach>(coach));

        var timer = Stopwatch.StartNew();
        var mention = await bot.PostJsonAsync(SlackPayloads.Mention("<@UBOT> where do we stand"));
        var command = await bot.PostFormAsync(SlackPayloads.SlashCommand("help", bot.Slack.BaseUrl + "response/2"));
        timer.Stop();
        await coach.Asked.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, mention.StatusCode);
        Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(3), $"acknowledged after {timer.Elapsed}");
        Assert.DoesNotContain(bot.Slack.Calls, c => c.Method == "chat.postMessage");

        coach.Release.SetResult();
        var post = (await bot.Slack.WaitForCallAsync("chat.postMessage")).Single(c => c.Method == "chat.postMessage");
        Assert.Contains("You said: where do we stand", post.Body["text"]!.ToString());
    }
}
