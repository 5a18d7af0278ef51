using ChatCoach.Conversation.Tests.Support;

namespace ChatCoach.Conversation.Tests;

public sealed class MemoryTests : PlannerTest
{
    [Fact]
    public async Task The_conversation_is_remembered_across_a_restart()
    {
        Model.CallsTools(("scoreboard-get_history", """{"indicator":"proof"}"""))
            .Answers("Proof shipped was 3 in October 2026.")
            .Answers("I only have October 2026 for proof.");
        await World.SayAsync(PlannerWorld.Sam, "how's the proof engine doing?");
        World.Dispose();

        using var restarted = await PlannerWorld.StartAsync(Model, File.Path);
        await restarted.SayAsync(PlannerWorld.Sam, "and the month before?");

        var messages = Model.Requests[^1].Messages.Select(m => (Role: m!["role"]!.GetValue<string>(), Text: m["content"]?.GetValue<string>() ?? "")).ToList();
        Assert.Equal("system", messages[0].Role);
        Assert.Equal(("user", "how's the proof engine doing?"), messages[1]);
        Assert.Equal(("assistant", "Proof shipped was 3 in October 2026."), messages[2]);
        Assert.Equal(("user", "and the month before?"), messages[3]);
    }

    [Fact]
    public void What_is_remembered_for_the_model_never_holds_an_API_token_secret()
    {
        var secret = Domain.Api.ApiTokenSecrets.NewSecret();
        var reply = new Domain.Conversation.Reply([
            new Domain.Conversation.Paragraph([new Domain.Conversation.TextRun("Made the API token hubspot-sync.")]),
            new Domain.Conversation.Paragraph([new Domain.Conversation.TextRun(secret)]),
        ]);

        var remembered = LanguageModel.ModelPlanner.Summary(reply);

        Assert.DoesNotContain(secret, remembered, StringComparison.Ordinal);
        Assert.Contains("Made the API token hubspot-sync.", remembered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Memory_is_kept_per_conversation()
    {
        Model.Answers("Hello there.").Answers("Hi again.");
        await World.SayAsync(PlannerWorld.Sam, "good morning coach", conversation: "C1");

        await World.SayAsync(PlannerWorld.Sam, "good morning again", conversation: "C2");

        Assert.DoesNotContain("good morning coach", Model.Requests[^1].AllMessageText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_token_budget_keeps_the_newest_turns_that_fit()
    {
        var now = World.Clock.GetUtcNow();
        var turns = Enumerable.Range(1, 10).Select(i => new Domain.Conversation.RememberedTurn(PlannerWorld.Sam, new string('q', 40), $"answer {i}".PadRight(46, '.'), now)).ToList();

        var kept = LanguageModel.ConversationContext.WithinBudget(turns, tokenBudget: 65);

        Assert.Equal(["answer 9", "answer 10"], kept.Select(t => t.Answered.TrimEnd('.')));
    }

    [Fact]
    public async Task Only_the_newest_turns_are_sent()
    {
        var now = World.Clock.GetUtcNow();
        for (var i = 1; i <= 30; i++)
        {
            await World.Memory.RememberAsync(PlannerWorld.Workspace, "C1",
                new(PlannerWorld.Sam, $"question {i} " + new string('x', 80), $"answer {i}", now), 40, CancellationToken.None);
        }
        Model.Answers("Noted.");

        await World.SayAsync(PlannerWorld.Sam, "thanks coach");

        var sent = Model.Requests[^1].AllMessageText;
        Assert.Contains("question 30 ", sent, StringComparison.Ordinal);
        Assert.Contains("question 11 ", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("question 10 ", sent, StringComparison.Ordinal); // the 20 newest are read
        Assert.Equal(21, Model.Requests[^1].Messages.Count(m => m!["role"]!.GetValue<string>() == "user"));
    }

    [Fact]
    public async Task The_store_keeps_a_bounded_tail_per_conversation()
    {
        var now = World.Clock.GetUtcNow();
        for (var i = 1; i <= 12; i++)
        {
            await World.Memory.RememberAsync(PlannerWorld.Workspace, "C9", new(PlannerWorld.Sam, $"q{i}", $"a{i}", now), 5, CancellationToken.None);
        }

        var kept = await World.Memory.RecallAsync(PlannerWorld.Workspace, "C9", 100, CancellationToken.None);

        Assert.Equal(["q8", "q9", "q10", "q11", "q12"], kept.Select(t => t.Said));
    }
}
